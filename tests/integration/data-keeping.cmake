# Keeping the data (issue 10): a contact's export and erasure, backup and restore through the real binary.
concierge_server_test(TestContactRights integration/TestContactRights.cpp)
concierge_server_test(TestBackupRestore integration/TestBackupRestore.cpp)

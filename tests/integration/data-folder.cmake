# The data folder's modes under umask 000 (issue 10): server/ops/DataFolder.
concierge_server_test(TestDataFolderUmask integration/TestDataFolderUmask.cpp)

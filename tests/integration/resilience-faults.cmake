# Issue 12, the remaining faults (helper T): a 65,536-character message while other chats write, SQLite on a full
# tmpfs that frees up, PostgreSQL backends terminated as a pooler drops them.
concierge_server_test(TestLongMessage integration/TestLongMessage.cpp)
concierge_server_test(TestDiskAndPooler integration/TestDiskAndPooler.cpp)
# It terminates every backend of the shared test database: nothing else may run meanwhile.
set_tests_properties(integration/TestDiskAndPooler PROPERTIES RUN_SERIAL TRUE)

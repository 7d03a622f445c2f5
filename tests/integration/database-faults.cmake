# Issue 12, points 1 and 3: exactly once through database faults, and the SQLite WAL kept bounded (helper E).
concierge_server_test(TestDatabaseFaults integration/TestDatabaseFaults.cpp)
# It restarts the shared test PostgreSQL: nothing else may run meanwhile.
set_tests_properties(integration/TestDatabaseFaults PROPERTIES RUN_SERIAL TRUE)
concierge_server_test(TestWalBound integration/TestWalBound.cpp)

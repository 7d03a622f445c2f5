# Flat with history (issue 14): the statements of the message path find their rows through indexes, and an insert
# returning its id closes its statement (SQLite's statement trace and query plans: links SQLite itself).
concierge_server_test(TestFlatHistory integration/TestFlatHistory.cpp)
target_link_libraries(TestFlatHistory PRIVATE PkgConfig::SQLITE3)

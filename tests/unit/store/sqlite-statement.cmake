# Issue 14: the webhook's inserts through SQLite's own interface (store::SqliteStatement).
concierge_add_test(TestSqliteStatement SOURCES unit/store/TestSqliteStatement.cpp LIBS concierge_store LABELS unit)

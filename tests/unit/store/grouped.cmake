# PostgreSQL + Redis close to SQLite (issue 14, round 2): the webhooks of a group commit inserted by one statement.
concierge_add_test(TestGroupedInserts SOURCES unit/store/TestGroupedInserts.cpp LIBS concierge_store LABELS unit)

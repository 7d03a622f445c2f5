# PostgreSQL + Redis close to SQLite (issue 14, round 3): the owner and session reads and the sent marks of a batch grouped.
concierge_add_test(TestGroupedReads SOURCES unit/store/TestGroupedReads.cpp LIBS concierge_conversations concierge_sessions concierge_store LABELS unit)

# PostgreSQL + Redis close to SQLite (issue 14, round 3): the owner and session reads of a batch in one statement.
concierge_add_test(TestGroupedReads SOURCES unit/store/TestGroupedReads.cpp LIBS concierge_conversations concierge_sessions LABELS unit)

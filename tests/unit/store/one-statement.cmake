# PostgreSQL round 6 (issue 14): a grouped commit, the sent marks and an accept batch of chats held here are one
# statement each (with BEGIN and COMMIT), counted in statements.
concierge_add_test(TestOneStatementBatches SOURCES unit/store/TestOneStatementBatches.cpp LIBS concierge_store LABELS unit)

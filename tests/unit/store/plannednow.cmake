# Issue 14, PostgreSQL: the pending rows of a batch's chats are read through the chat index, whatever the plan cache;
# the outbox's readers keep to its partial indexes.
concierge_add_test(TestPlannedNow SOURCES unit/store/TestPlannedNow.cpp LIBS concierge_store LABELS unit)

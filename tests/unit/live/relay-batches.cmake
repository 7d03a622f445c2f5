# PostgreSQL round 5 (issue 14): the events of one turn go to the other instances as one Redis message.
concierge_add_test(TestEventRelayBatches SOURCES unit/live/TestEventRelayBatches.cpp LIBS concierge_live concierge_store
    LABELS unit)

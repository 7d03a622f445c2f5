# Flat with history and the p99 (issue 14, round 11): an acknowledgement waits for at most ~1 ms of processing jobs.
concierge_add_test(TestAckPriority SOURCES unit/store/TestAckPriority.cpp LIBS concierge_store LABELS unit)

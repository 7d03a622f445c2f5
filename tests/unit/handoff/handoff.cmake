# Tests of server/handoff/.
concierge_add_test(TestHandoffPolicy SOURCES unit/handoff/TestHandoffPolicy.cpp LIBS concierge_handoff LABELS unit)

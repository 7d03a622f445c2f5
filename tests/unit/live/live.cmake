# Tests of server/live/.
concierge_add_test(TestEventBus SOURCES unit/live/TestEventBus.cpp LIBS concierge_live LABELS unit)

# The live event bus (typed events, ids, ring buffer).
concierge_add_test(TestEventBus SOURCES unit/TestEventBus.cpp LIBS concierge_live LABELS unit)

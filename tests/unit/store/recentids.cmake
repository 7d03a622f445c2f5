# Flat with history (issue 14, round 4): the duplicate check through the recent message ids (migration 13).
concierge_add_test(TestRecentIds SOURCES unit/store/TestRecentIds.cpp LIBS concierge_store concierge_ops LABELS unit)

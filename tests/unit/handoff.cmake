# Human handoff: ownership with versions, its record, follow-ups.
concierge_add_test(TestHandoffRepositories SOURCES unit/TestHandoffRepositories.cpp unit/StoreTestDb.h
    LIBS concierge_store LABELS unit)
concierge_add_test(TestHandoffPolicy SOURCES unit/TestHandoffPolicy.cpp LIBS concierge_handoff LABELS unit)

# The application layer's typed sessions (cache + sessions table, expiry on a test clock).
concierge_add_test(TestSessionService SOURCES unit/TestSessionService.cpp unit/StoreTestDb.h LIBS concierge_sessions
    LABELS unit)

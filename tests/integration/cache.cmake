# The Redis cache against a real Redis (started by scripts/test), including Redis going away and coming back.
concierge_add_test(TestRedisCache SOURCES integration/TestRedisCache.cpp LIBS concierge_store LABELS integration)

# Session cache (memory, Redis) and auth primitives.
concierge_add_test(TestMemoryCache SOURCES unit/TestMemoryCache.cpp LIBS concierge_store LABELS unit)
concierge_add_test(TestRedisCache SOURCES integration/TestRedisCache.cpp LIBS concierge_store LABELS integration)
concierge_add_test(TestPasswordHasher SOURCES unit/TestPasswordHasher.cpp LIBS concierge_auth LABELS unit)
concierge_add_test(TestJwt SOURCES unit/TestJwt.cpp LIBS concierge_auth LABELS unit)

# Tests of server/auth/.
concierge_add_test(TestPasswordHasher SOURCES unit/auth/TestPasswordHasher.cpp LIBS concierge_auth LABELS unit)
concierge_add_test(TestJwt SOURCES unit/auth/TestJwt.cpp LIBS concierge_auth LABELS unit)

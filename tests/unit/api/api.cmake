# Tests of server/api/.
concierge_add_test(TestApiErrors SOURCES unit/api/TestApiErrors.cpp LIBS concierge_server LABELS unit)

# Tests of server/sessions/.
concierge_add_test(TestSessionService SOURCES unit/sessions/TestSessionService.cpp LIBS concierge_sessions LABELS unit)

# Tests of server/domain/.
concierge_add_test(TestBusinessHours SOURCES unit/domain/TestBusinessHours.cpp LIBS concierge_domain LABELS unit)
concierge_add_test(TestSession SOURCES unit/domain/TestSession.cpp LIBS concierge_domain LABELS unit)

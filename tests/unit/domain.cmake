# Value types every layer shares (server/domain).
concierge_add_test(TestBusinessHours SOURCES unit/TestBusinessHours.cpp LIBS concierge_domain LABELS unit)
concierge_add_test(TestSession SOURCES unit/TestSession.cpp LIBS concierge_domain LABELS unit)

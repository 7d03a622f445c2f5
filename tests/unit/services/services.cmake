# Tests of server/services/.
concierge_add_test(TestServiceCatalog SOURCES unit/services/TestServiceCatalog.cpp LIBS concierge_services LABELS unit)
concierge_add_test(TestServiceRegistry SOURCES unit/services/TestServiceRegistry.cpp LIBS concierge_services LABELS unit)
concierge_add_test(TestCodeGuard SOURCES unit/services/TestCodeGuard.cpp LIBS concierge_services LABELS unit)

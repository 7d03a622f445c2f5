# Tests of server/integrations/.
concierge_add_test(TestCurlClient SOURCES unit/integrations/TestCurlClient.cpp LIBS concierge_integrations Qt6::Network LABELS unit)
concierge_add_test(TestWahaClient SOURCES unit/integrations/TestWahaClient.cpp LIBS concierge_integrations Qt6::Network LABELS unit)
concierge_add_test(TestBaserowClient SOURCES unit/integrations/TestBaserowClient.cpp LIBS concierge_integrations LABELS unit)
concierge_add_test(TestWahaIds SOURCES unit/integrations/TestWahaIds.cpp LIBS concierge_integrations LABELS unit)

# Tests of server/store/.
concierge_add_test(TestDatabase SOURCES unit/store/TestDatabase.cpp LIBS concierge_store LABELS unit TIMEOUT 300)
concierge_add_test(TestRepositories SOURCES unit/store/TestRepositories.cpp LIBS concierge_store LABELS unit)
concierge_add_test(TestDemoData SOURCES unit/store/TestDemoData.cpp LIBS concierge_store concierge_resources LABELS unit)
concierge_add_test(TestMemoryCache SOURCES unit/store/TestMemoryCache.cpp LIBS concierge_store LABELS unit)
concierge_add_test(TestHandoffRepositories SOURCES unit/store/TestHandoffRepositories.cpp LIBS concierge_store LABELS unit)

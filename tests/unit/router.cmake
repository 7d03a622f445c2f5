# The offline router, text normalisation, the services catalog and registry, and the knowledge-base ranking.
concierge_add_test(TestTextNormalizer SOURCES unit/TestTextNormalizer.cpp LIBS concierge_core LABELS unit)
concierge_add_test(TestServiceCatalog SOURCES unit/TestServiceCatalog.cpp LIBS concierge_services LABELS unit)
concierge_add_test(TestServiceRegistry SOURCES unit/TestServiceRegistry.cpp LIBS concierge_services LABELS unit)
concierge_add_test(TestOfflineRouter SOURCES unit/TestOfflineRouter.cpp LIBS concierge_services LABELS unit)
concierge_add_test(TestKnowledgeBase SOURCES unit/TestKnowledgeBase.cpp LIBS concierge_knowledge LABELS unit)

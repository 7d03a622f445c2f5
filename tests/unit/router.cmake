# Offline router, text normalization, service catalog, knowledge base. Sources are compiled in directly so that
# these tests do not depend on other people's half-finished files in server/ai and server/services.
set(router_catalog ../server/services/ServiceCatalog.cpp ../server/ai/Routing.cpp)
set(router_libs concierge_core concierge_resources)
concierge_add_test(TestTextNormalizer SOURCES unit/TestTextNormalizer.cpp LIBS ${router_libs} LABELS unit)
concierge_add_test(TestServiceCatalog SOURCES unit/TestServiceCatalog.cpp ${router_catalog}
    LIBS ${router_libs} LABELS unit)
concierge_add_test(TestOfflineRouter
    SOURCES unit/TestOfflineRouter.cpp ../server/ai/OfflineRouter.cpp ../server/ai/LanguageDetector.cpp
        ${router_catalog}
    LIBS ${router_libs} LABELS unit)
concierge_add_test(TestKnowledgeBase
    SOURCES unit/TestKnowledgeBase.cpp ../server/services/KnowledgeBase.cpp ../server/services/KnowledgeIndex.cpp
    LIBS ${router_libs} LABELS unit)

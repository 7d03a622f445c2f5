# Tests of server/knowledge/.
concierge_add_test(TestKnowledgeBase SOURCES unit/knowledge/TestKnowledgeBase.cpp LIBS concierge_knowledge LABELS unit)
concierge_add_test(TestBaserowFaqSource SOURCES unit/knowledge/TestBaserowFaqSource.cpp LIBS concierge_knowledge LABELS unit)

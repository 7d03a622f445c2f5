# Tests of server/ai/.
concierge_add_test(TestLlmClient SOURCES unit/ai/TestLlmClient.cpp LIBS concierge_ai LABELS unit)
concierge_add_test(TestIntentAnalyzer SOURCES unit/ai/TestIntentAnalyzer.cpp LIBS concierge_ai LABELS unit)
concierge_add_test(TestAnswerWriter SOURCES unit/ai/TestAnswerWriter.cpp LIBS concierge_ai LABELS unit)
concierge_add_test(TestOfflineRouter SOURCES unit/ai/TestOfflineRouter.cpp LIBS concierge_services LABELS unit)
concierge_add_test(TestConversationQuality SOURCES unit/ai/TestConversationQuality.cpp
    LIBS concierge_assistant concierge_services concierge_knowledge LABELS unit)

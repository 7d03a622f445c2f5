# The LLM client, LLM routing, grounded answers and Baserow, against faithful fakes of their HTTP contracts.
concierge_add_test(TestLlmClient SOURCES unit/TestLlmClient.cpp LIBS concierge_ai LABELS unit)
concierge_add_test(TestIntentAnalyzer SOURCES unit/TestIntentAnalyzer.cpp LIBS concierge_ai LABELS unit)
concierge_add_test(TestAnswerWriter SOURCES unit/TestAnswerWriter.cpp LIBS concierge_ai LABELS unit)
concierge_add_test(TestBaserowClient SOURCES unit/TestBaserowClient.cpp
    LIBS concierge_integrations LABELS unit)
concierge_add_test(TestBaserowFaqSource SOURCES unit/TestBaserowFaqSource.cpp
    LIBS concierge_knowledge LABELS unit)

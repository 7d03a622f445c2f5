# The LLM client, LLM routing, grounded answers and Baserow, against faithful fakes of their HTTP contracts.
set(llm_fakes support/FakeHttpServer.cpp support/FakeAnthropic.cpp)
set(baserow_fakes support/FakeHttpServer.cpp support/FakeBaserow.cpp)
concierge_add_test(TestLlmClient SOURCES unit/TestLlmClient.cpp ${llm_fakes} LIBS concierge_ai LABELS unit)
concierge_add_test(TestIntentAnalyzer SOURCES unit/TestIntentAnalyzer.cpp ${llm_fakes} LIBS concierge_ai LABELS unit)
concierge_add_test(TestAnswerWriter SOURCES unit/TestAnswerWriter.cpp ${llm_fakes} LIBS concierge_ai LABELS unit)
concierge_add_test(TestBaserowClient SOURCES unit/TestBaserowClient.cpp ${baserow_fakes}
    LIBS concierge_integrations LABELS unit)
concierge_add_test(TestBaserowFaqSource SOURCES unit/TestBaserowFaqSource.cpp ${baserow_fakes}
    LIBS concierge_knowledge LABELS unit)

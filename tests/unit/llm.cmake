# LLM client, intent analysis, grounded answers, Baserow. Our sources are compiled in directly (not through
# concierge_ai / concierge_integrations) so that these tests do not depend on other half-finished files there.
set(llm_common ../server/integrations/CurlClient.cpp)
set(llm_ai ../server/ai/LlmClient.cpp ../server/ai/Routing.cpp ${llm_common} support/FakeHttpServer.cpp
    support/FakeAnthropic.cpp)
set(llm_baserow ../server/integrations/BaserowClient.cpp ${llm_common} support/FakeHttpServer.cpp
    support/FakeBaserow.cpp)
set(llm_libs concierge_core Qt6::Network PkgConfig::CURL)

concierge_add_test(TestLlmClient SOURCES unit/TestLlmClient.cpp ${llm_ai} LIBS ${llm_libs} LABELS unit)
concierge_add_test(TestIntentAnalyzer SOURCES unit/TestIntentAnalyzer.cpp ../server/ai/IntentAnalyzer.cpp ${llm_ai}
    LIBS ${llm_libs} LABELS unit)
concierge_add_test(TestAnswerWriter SOURCES unit/TestAnswerWriter.cpp ../server/ai/AnswerWriter.cpp ${llm_ai}
    LIBS ${llm_libs} LABELS unit)
concierge_add_test(TestBaserowClient SOURCES unit/TestBaserowClient.cpp ${llm_baserow} LIBS ${llm_libs} LABELS unit)
concierge_add_test(TestBaserowFaqSource SOURCES unit/TestBaserowFaqSource.cpp ../server/services/BaserowFaqSource.cpp
    ${llm_baserow} LIBS ${llm_libs} LABELS unit)

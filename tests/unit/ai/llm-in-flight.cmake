# LLM_MAX_IN_FLIGHT: the bound on calls under way to the LLM API, shared by the clients (issue 14).
concierge_add_test(TestLlmInFlight SOURCES unit/ai/TestLlmInFlight.cpp LIBS concierge_ai LABELS unit)

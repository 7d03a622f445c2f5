# Many chats waiting on a slow LLM at once hold no dispatcher slot (issue 14; bench/llm-wait measures it).
concierge_server_test(TestLlmWait integration/TestLlmWait.cpp)

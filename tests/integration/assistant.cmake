# Issue 3 (the assistant) and the HTTP API, end to end through a real ConciergeServer.
concierge_server_test(TestConversation integration/TestConversation.cpp)
concierge_server_test(TestApi integration/TestApi.cpp)
concierge_server_test(TestCatechese integration/TestCatechese.cpp)

# Issue 8, the console API's read side and the live WebSocket, end to end through a real ConciergeServer.
concierge_server_test(TestConsoleApi console/TestConsoleApi.cpp)
concierge_server_test(TestLiveSocket console/TestLiveSocket.cpp)
target_link_libraries(TestLiveSocket PRIVATE Qt6::WebSockets)

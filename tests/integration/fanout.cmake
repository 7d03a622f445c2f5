# Live events shared by several server instances through Redis pub/sub (issue 11).
concierge_server_test(TestLiveFanOut integration/TestLiveFanOut.cpp)

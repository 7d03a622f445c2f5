# Issue 8: the handoff between the assistant and the staff, end to end on the real server (handoff helper's tests).
concierge_server_test(TestHandoff integration/TestHandoff.cpp)

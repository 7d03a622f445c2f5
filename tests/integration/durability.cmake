# Acknowledged means on disk (issue 14), through the real webhook.
concierge_server_test(TestDurableAck integration/TestDurableAck.cpp)

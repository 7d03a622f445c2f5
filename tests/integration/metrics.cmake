# GET /metrics and the logs' privacy on the running server (issue 10, "Watching it").
concierge_server_test(TestMetricsEndpoint integration/TestMetricsEndpoint.cpp)
concierge_server_test(TestLogPrivacy integration/TestLogPrivacy.cpp)

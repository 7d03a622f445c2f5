# The message path of issue 2, end to end on the real server (pipeline helper's tests).
concierge_server_test(TestWebhookIntake integration/TestWebhookIntake.cpp)
concierge_server_test(TestMessagePath integration/TestMessagePath.cpp)
concierge_server_test(TestResilience integration/TestResilience.cpp)
concierge_server_test(TestCrashRestart integration/TestCrashRestart.cpp)
add_dependencies(TestCrashRestart concierge-server)

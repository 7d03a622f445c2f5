# Issue 9, the console's operations API: dashboard figures, WhatsApp QR code, settings, first run.
concierge_server_test(TestOpsApi console/TestOpsApi.cpp)
target_link_libraries(TestOpsApi PRIVATE concierge_app_common)

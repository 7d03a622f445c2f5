# Outbound HTTP (libcurl on the Qt event loop) and the WAHA client, against the fakes in tests/support.
concierge_add_test(TestCurlClient SOURCES unit/TestCurlClient.cpp LIBS concierge_integrations Qt6::Network LABELS unit)
concierge_add_test(TestWahaClient SOURCES unit/TestWahaClient.cpp LIBS concierge_integrations Qt6::Network LABELS unit)

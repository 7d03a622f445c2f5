# Outbound HTTP (libcurl on the Qt event loop) and the WAHA client, against the fakes in tests/support.
concierge_add_test(TestCurlClient
    SOURCES unit/TestCurlClient.cpp support/FakeHttpServer.cpp support/FakeHttpServer.h
    LIBS concierge_integrations Qt6::Network LABELS unit)
concierge_add_test(TestWahaClient
    SOURCES unit/TestWahaClient.cpp support/FakeHttpServer.cpp support/FakeHttpServer.h
            support/FakeWaha.cpp support/FakeWaha.h
    LIBS concierge_integrations Qt6::Network LABELS unit)

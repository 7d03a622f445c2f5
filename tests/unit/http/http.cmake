# Tests of server/http/.
concierge_add_test(TestHttpServer SOURCES unit/http/TestHttpServer.cpp LIBS concierge_http LABELS unit)
concierge_add_test(TestRouter SOURCES unit/http/TestRouter.cpp LIBS concierge_http LABELS unit)
concierge_add_test(TestConnectionLimits SOURCES unit/http/TestConnectionLimits.cpp LIBS concierge_http LABELS unit)

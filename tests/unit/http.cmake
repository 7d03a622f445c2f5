concierge_add_test(TestHttpServer SOURCES unit/TestHttpServer.cpp LIBS concierge_http LABELS unit)
concierge_add_test(TestRouter SOURCES unit/TestRouter.cpp LIBS concierge_http LABELS unit)

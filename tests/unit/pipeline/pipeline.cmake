# Tests of server/pipeline/.
concierge_add_test(TestWebhookEvent SOURCES unit/pipeline/TestWebhookEvent.cpp LIBS concierge_pipeline LABELS unit)
concierge_add_test(TestChatDispatcher SOURCES unit/pipeline/TestChatDispatcher.cpp LIBS concierge_pipeline LABELS unit)

# Configuration, webhook parsing and per-chat dispatch: small units of the server's spine.
concierge_add_test(TestSettings SOURCES unit/TestSettings.cpp LIBS concierge_config LABELS unit)
concierge_add_test(TestWebhookEvent SOURCES unit/TestWebhookEvent.cpp LIBS concierge_pipeline LABELS unit)
concierge_add_test(TestChatDispatcher SOURCES unit/TestChatDispatcher.cpp LIBS concierge_pipeline LABELS unit)

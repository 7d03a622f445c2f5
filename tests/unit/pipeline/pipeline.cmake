# Tests of server/pipeline/.
concierge_add_test(TestWebhookEvent SOURCES unit/pipeline/TestWebhookEvent.cpp LIBS concierge_pipeline LABELS unit)
concierge_add_test(TestChatDispatcher SOURCES unit/pipeline/TestChatDispatcher.cpp LIBS concierge_pipeline LABELS unit)
# The read-back of rows beyond the window: never more held than the window (issue 14).
concierge_add_test(TestReadBack SOURCES unit/pipeline/TestReadBack.cpp LIBS concierge_pipeline LABELS unit)
# Under a flood of webhooks, handling pauses, a trickle once a second (issue 14).
concierge_add_test(TestFloodMode SOURCES unit/pipeline/TestFloodMode.cpp LIBS concierge_pipeline LABELS unit)

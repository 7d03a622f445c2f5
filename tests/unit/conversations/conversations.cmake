# Tests of server/conversations/.
concierge_add_test(TestConversationService SOURCES unit/conversations/TestConversationService.cpp LIBS concierge_conversations LABELS unit)

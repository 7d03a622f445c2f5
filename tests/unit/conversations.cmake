# The application layer's conversations (owner with optimistic versions, paged history), on SQLite and PostgreSQL.
concierge_add_test(TestConversationService SOURCES unit/TestConversationService.cpp unit/StoreTestDb.h
    LIBS concierge_conversations LABELS unit)

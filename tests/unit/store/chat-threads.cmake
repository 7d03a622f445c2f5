# Flat with history (issue 14, migration 18): a chat's thread, unread count and list line, read through SQLite's
# chain (no index by chat) and PostgreSQL's index alike; retention and the upgrade from schema 17 keep them whole.
concierge_add_test(TestChatThreads SOURCES unit/store/TestChatThreads.cpp LIBS concierge_store LABELS unit)

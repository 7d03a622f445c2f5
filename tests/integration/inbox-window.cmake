# Bounded memory (issue 14): a backlog larger than INBOX_WINDOW waits in the durable inbox and is read back in windows.
concierge_server_test(TestInboxWindow integration/TestInboxWindow.cpp)

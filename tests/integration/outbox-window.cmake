# Bounded memory (issue 14): more unsent replies than the window wait in the durable outbox and are read back.
concierge_server_test(TestOutboxWindow integration/TestOutboxWindow.cpp)

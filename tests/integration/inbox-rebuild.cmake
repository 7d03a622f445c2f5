# Flat with history (issue 14): migration 13 rebuilds the SQLite inbox without its unique index (rows, ids, indexes
# and the recent ids kept; the server works after it; a second server on the folder stops before migrating).
concierge_server_test(TestInboxRebuild integration/TestInboxRebuild.cpp)

# The log line formats (LOG_FORMAT text and json) of server/core/Log.
concierge_add_test(TestLog SOURCES unit/core/TestLog.cpp LIBS concierge_core LABELS unit)

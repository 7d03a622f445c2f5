# Tests of server/ops/ (retention of message texts).
concierge_add_test(TestRetention SOURCES unit/ops/TestRetention.cpp LIBS concierge_ops LABELS unit)

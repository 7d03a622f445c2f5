# Tests of server/ops/ (retention of message texts; the metrics registry; the console's operations pages are tested
# over HTTP in tests/console/).
concierge_add_test(TestRetention SOURCES unit/ops/TestRetention.cpp LIBS concierge_ops LABELS unit)
concierge_add_test(TestMetrics SOURCES unit/ops/TestMetrics.cpp LIBS concierge_ops LABELS unit)

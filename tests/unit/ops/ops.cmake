# Tests of server/ops/ (the metrics registry; the console's operations pages are tested over HTTP in tests/console/).
concierge_add_test(TestMetrics SOURCES unit/ops/TestMetrics.cpp LIBS concierge_ops LABELS unit)

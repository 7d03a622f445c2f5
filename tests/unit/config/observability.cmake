# LOG_FORMAT and METRICS_TOKEN (issue 10, "Watching it").
concierge_add_test(TestObservabilitySettings SOURCES unit/config/TestObservabilitySettings.cpp LIBS concierge_config
    LABELS unit)

# PostgreSQL round 5 (issue 14): OutboxSender claims the heads made ready meanwhile in one wave.
concierge_add_test(TestOutboxWaves SOURCES unit/pipeline/TestOutboxWaves.cpp LIBS concierge_pipeline concierge_store
    concierge_integrations LABELS unit)

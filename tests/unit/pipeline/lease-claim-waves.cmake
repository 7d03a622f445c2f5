# PostgreSQL + Redis close to SQLite (issue 14, PostgreSQL round 4): outbox claims and lease releases per wave, not per row.
concierge_add_test(TestLeaseAndClaimWaves SOURCES unit/pipeline/TestLeaseAndClaimWaves.cpp LIBS concierge_pipeline
    concierge_store LABELS unit)

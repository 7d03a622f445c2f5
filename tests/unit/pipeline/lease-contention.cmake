# PostgreSQL leases, round 2 (issue 14): two instances' batches never wait on each other's lease rows.
concierge_add_test(TestLeaseContention SOURCES unit/pipeline/TestLeaseContention.cpp LIBS concierge_pipeline
    concierge_store LABELS unit)

# Several instances, round 7: a lapsed instance neither sends what another may have adopted, nor has its reply in
# flight sent again by the other (fencing).
concierge_add_test(TestLeaseFencing SOURCES unit/pipeline/TestLeaseFencing.cpp LIBS concierge_pipeline
    concierge_store concierge_integrations LABELS unit)

# A chat waiting on the network gives its dispatcher slot back (issue 14).
concierge_add_test(TestDispatcherWaiting SOURCES unit/pipeline/TestDispatcherWaiting.cpp LIBS concierge_pipeline
    LABELS unit)

# Several instances on one PostgreSQL (issue 11): the lease protocol of server/store/LeaseRepository.
concierge_add_test(TestLeaseRepository SOURCES unit/store/TestLeaseRepository.cpp LIBS concierge_store LABELS unit)

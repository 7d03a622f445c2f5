# Parent codes, certificate numbers, pupil statuses (server/domain/, issue 7).
concierge_add_test(TestParentCode SOURCES unit/domain/TestParentCode.cpp LIBS concierge_domain LABELS unit)

# Tests of server/core/.
concierge_add_test(TestCsvReader SOURCES unit/core/TestCsvReader.cpp LIBS concierge_core LABELS unit)
concierge_add_test(TestTextNormalizer SOURCES unit/core/TestTextNormalizer.cpp LIBS concierge_core LABELS unit)

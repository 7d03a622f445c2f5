# Tests of server/config/.
concierge_add_test(TestSettings SOURCES unit/config/TestSettings.cpp LIBS concierge_config LABELS unit)

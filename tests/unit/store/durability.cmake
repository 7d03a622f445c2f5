# Acknowledged means on disk (issue 14): synchronous=FULL by default and group commit of waiting inserts.
concierge_add_test(TestDurableCommit SOURCES unit/store/TestDurableCommit.cpp LIBS concierge_store concierge_config LABELS unit)

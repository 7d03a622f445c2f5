# PostgreSQL round 5 (issue 14): an accept batch reads pending rows back only for chats newly taken (or stored under
# our lease by another instance), counted in statements.
concierge_add_test(TestAcceptReads SOURCES unit/store/TestAcceptReads.cpp LIBS concierge_store LABELS unit)

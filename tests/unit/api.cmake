# The API's one mapping from error codes to HTTP statuses.
concierge_add_test(TestApiErrors SOURCES unit/TestApiErrors.cpp LIBS concierge_server LABELS unit)

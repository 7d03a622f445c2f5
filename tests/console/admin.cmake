# Issue 9, the console's editing API: services, knowledge base, registry lists and imports.
concierge_server_test(TestAdminApi console/TestAdminApi.cpp)

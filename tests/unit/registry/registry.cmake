# Tests of server/registry/ and server/audit/ (issue 7).
concierge_add_test(TestRegistryImport SOURCES unit/registry/TestRegistryImport.cpp
    LIBS concierge_registry concierge_audit LABELS unit TIMEOUT 300)
concierge_add_test(TestBaserowRegistry SOURCES unit/registry/TestBaserowRegistry.cpp
    LIBS concierge_registry concierge_integrations LABELS unit)

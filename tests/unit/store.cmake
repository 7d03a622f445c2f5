# Durable storage (SQLite and PostgreSQL through QtSql), its repositories, demo data and the CSV reader.
concierge_add_test(TestCsvReader SOURCES unit/TestCsvReader.cpp LIBS concierge_core LABELS unit)
concierge_add_test(TestDatabase SOURCES unit/TestDatabase.cpp unit/StoreTestDb.h LIBS concierge_store LABELS unit
    TIMEOUT 300)
concierge_add_test(TestRepositories SOURCES unit/TestRepositories.cpp unit/StoreTestDb.h LIBS concierge_store
    LABELS unit)
concierge_add_test(TestDemoData SOURCES unit/TestDemoData.cpp unit/StoreTestDb.h
    LIBS concierge_store concierge_resources LABELS unit)

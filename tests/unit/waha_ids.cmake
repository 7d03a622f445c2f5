# WhatsApp id helpers (integrations/WahaIds.h).
concierge_add_test(TestWahaIds SOURCES unit/TestWahaIds.cpp LIBS concierge_integrations LABELS unit)

if(TARGET concierge_ui)
    # Issue 9: the dashboard, health bar, settings dialog and first-run wizard against a real ConciergeServer.
    concierge_add_test(TestDashboardAndSettings SOURCES ui/TestDashboardAndSettings.cpp
        LIBS concierge_ui concierge_testserver Qt6::Widgets LABELS ui TIMEOUT 300)
endif()

if(TARGET concierge_ui)
    # The console's widgets and client against a fake of the API (fast), then against a real ConciergeServer.
    concierge_add_test(TestMainWindow SOURCES ui/TestMainWindow.cpp LIBS concierge_ui Qt6::Widgets LABELS ui)
    concierge_add_test(TestConsoleOnServer SOURCES ui/TestConsoleOnServer.cpp
        LIBS concierge_ui concierge_testserver Qt6::Widgets LABELS ui TIMEOUT 300)
endif()

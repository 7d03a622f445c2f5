if(TARGET concierge_ui)
    # A contact's data exported and erased from the conversation thread's menu, against a real server.
    concierge_add_test(TestContactDataConsole SOURCES ui/TestContactDataConsole.cpp
        LIBS concierge_ui concierge_testserver Qt6::Widgets LABELS ui TIMEOUT 300)
endif()

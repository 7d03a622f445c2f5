if(TARGET concierge_ui)
    # Issue 9: the services, knowledge base, registry, audit and "Try it" pages against a real ConciergeServer.
    concierge_add_test(TestAdminPanels SOURCES ui/TestAdminPanels.cpp
        LIBS concierge_ui concierge_testserver Qt6::Widgets LABELS ui TIMEOUT 300)
endif()

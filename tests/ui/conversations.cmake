if(TARGET concierge_ui)
    # The conversations, handoff queue and follow-ups pages driven through their widgets against a real server.
    concierge_add_test(TestConversationsPanel SOURCES ui/TestConversationsPanel.cpp
        LIBS concierge_ui concierge_testserver Qt6::Widgets LABELS ui TIMEOUT 300)
endif()

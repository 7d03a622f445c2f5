if(TARGET concierge_ui)
    concierge_add_test(TestMainWindow SOURCES ui/TestMainWindow.cpp
        LIBS concierge_ui Qt6::Widgets LABELS ui)
endif()

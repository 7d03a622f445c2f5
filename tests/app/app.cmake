if(TARGET concierge_console)
    # How the console starts and stays connected: the remote login, reconnection after a server restart, one
    # console per data folder, and the embedded server's restart (against real ConciergeServers).
    concierge_add_test(TestRemoteConsole SOURCES app/TestRemoteConsole.cpp
        LIBS concierge_console concierge_testserver Qt6::Widgets LABELS ui TIMEOUT 300)
    concierge_add_test(TestSingleInstance SOURCES app/TestSingleInstance.cpp
        LIBS concierge_console Qt6::Widgets LABELS ui)
    concierge_add_test(TestEmbeddedRestart SOURCES app/TestEmbeddedRestart.cpp
        LIBS concierge_console concierge_testserver Qt6::Widgets LABELS ui TIMEOUT 300)
endif()
if(TARGET concierge_console)
    concierge_add_test(TestScreenshotTour SOURCES app/TestScreenshotTour.cpp
        LIBS concierge_console Qt6::Widgets LABELS ui)
endif()
if(TARGET concierge_console AND TARGET concierge)
    # The program as a user starts it (QProcess): --connect with CONCIERGE_PASSWORD, and a second start.
    concierge_add_test(TestConsoleProgram SOURCES app/TestConsoleProgram.cpp
        LIBS concierge_testserver LABELS ui TIMEOUT 300)
    add_dependencies(TestConsoleProgram concierge)
endif()

if(TARGET concierge_ui)
    # The console's WebSocket event feed against a real ConciergeServer (and its polling fallback).
    concierge_add_test(TestWebSocketFeed SOURCES ui/TestWebSocketFeed.cpp
        LIBS concierge_ui concierge_testserver Qt6::WebSockets LABELS ui TIMEOUT 300)
endif()

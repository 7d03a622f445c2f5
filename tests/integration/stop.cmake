# The real concierge-server stopped by SIGTERM / SIGINT (issue 10): in-flight work finished, exit 0.
concierge_server_test(TestServerStop integration/TestServerStop.cpp)
add_dependencies(TestServerStop concierge-server)

# Several concierge-server processes on one PostgreSQL and one Redis (issue 11): order, exactly once, takeover of a
# killed instance, live events and ownership across instances.
concierge_server_test(TestSeveralInstances integration/TestSeveralInstances.cpp)
target_link_libraries(TestSeveralInstances PRIVATE Qt6::WebSockets)
add_dependencies(TestSeveralInstances concierge-server)

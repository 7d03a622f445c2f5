# Several concierge-server processes on one PostgreSQL and one Redis (issue 11): order, exactly once, takeover of a
# killed instance, live events and ownership across instances.
concierge_server_test(TestSeveralInstances integration/TestSeveralInstances.cpp)
target_link_libraries(TestSeveralInstances PRIVATE Qt6::WebSockets)
add_dependencies(TestSeveralInstances concierge-server)
# It restarts the shared test PostgreSQL: nothing else may run meanwhile.
concierge_server_test(TestSeveralInstancesPgRestart integration/TestSeveralInstancesPgRestart.cpp)
add_dependencies(TestSeveralInstancesPgRestart concierge-server)
set_tests_properties(integration/TestSeveralInstancesPgRestart PROPERTIES RUN_SERIAL TRUE)

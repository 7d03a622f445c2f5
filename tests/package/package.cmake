# The Debian package as an administrator gets it (issue 10): built with cpack from this build (no rebuild),
# installed with dpkg into a throwaway root (maintainer scripts run against stubs of adduser and systemd), its file
# list, conffile and Depends checked, lintian (when installed: scripts/test installs it), and the installed
# concierge-server answering GET /health, then stopping with exit 0 on SIGTERM.
find_program(CONCIERGE_DPKG dpkg)
find_program(CONCIERGE_CURL curl)
if(CONCIERGE_DPKG AND CONCIERGE_CURL AND TARGET concierge AND TARGET concierge-server)
    add_test(NAME package/TestDebianPackage
        COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/package/test-debian-package.sh ${CMAKE_BINARY_DIR})
    set_tests_properties(package/TestDebianPackage PROPERTIES LABELS "package" TIMEOUT 600)
endif()

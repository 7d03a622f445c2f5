# Builds bench/ (assistant-bench) as long as the top-level CMakeLists.txt does not add_subdirectory(bench) itself.
if(NOT TARGET assistant-bench AND EXISTS ${CMAKE_SOURCE_DIR}/bench/CMakeLists.txt)
    add_subdirectory(${CMAKE_SOURCE_DIR}/bench ${CMAKE_BINARY_DIR}/tests/bench)
endif()

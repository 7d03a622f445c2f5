# The sanitizer build (issue 12; docs/security.md, "Sanitizers"): the server libraries and the tests without a
# display (unit, integration, console API) built with gcc's AddressSanitizer + UBSan in build-sanitize/, run against
# the same test services as the normal build. Source this file, then build_sanitize <set> and run_sanitize <set>.
# Sets: "full" (every non-UI test) and "ci" (the unit tests and the message-path integration tests: webhook intake,
# pipeline, HTTP limits), the set .ci/run calls to stay within its time budget.

SANITIZE_DIR=build-sanitize
# -O1 -g1: the optimisation ASan recommends, line tables for the reports, and the shortest compile of the sensible
# choices (the build is most of the cost).
SANITIZE_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer"
SANITIZE_CXX_FLAGS="-O1 -g1 $SANITIZE_FLAGS"

# No -Werror here: at -O1 with the sanitizers gcc reports "may be used uninitialized" where there is nothing (inside
# std::optional's move); the normal build keeps -Werror for the code itself.
configure_sanitize() {
    export CCACHE_BASEDIR=$PWD
    cmake -S . -B "$SANITIZE_DIR" -G Ninja -DCMAKE_BUILD_TYPE=None -DCONCIERGE_WERROR=OFF \
        -DCONCIERGE_BUILD_TESTS=ON -DCONCIERGE_BUILD_UI=OFF -DCMAKE_CXX_FLAGS="$SANITIZE_CXX_FLAGS" \
        -DCMAKE_EXE_LINKER_FLAGS="$SANITIZE_FLAGS" >/dev/null
}

# The ctest selections of a set, one per line (the unit tests are labelled "unit"; a test "folder/TestX" runs the
# executable TestX). UI tests are not configured in this build (no display, and Qt Widgets is not what we fuzz).
SANITIZE_CI_INTEGRATION='^integration/(TestWebhookIntake|TestMessagePath|TestResilience)$'
sanitize_selections() {
    case "$1" in
        full) echo "-LE ^ui$" ;;
        ci) printf '%s\n' "-L ^unit$" "-R $SANITIZE_CI_INTEGRATION" ;;
        *) echo "unknown sanitizer set: $1 (full or ci)" >&2; return 1 ;;
    esac
}

sanitize_targets() {
    local selection
    sanitize_selections "$1" | while read -r selection; do
        # shellcheck disable=SC2086
        ctest --test-dir "$SANITIZE_DIR" -N $selection | sed -n 's/^ *Test *#[0-9]*: [^/]*\/\(.*\)$/\1/p'
    done
    [ "$1" = full ] && echo concierge-server # TestCrashRestart starts the server program
    return 0
}

build_sanitize() {
    configure_sanitize
    # shellcheck disable=SC2046
    cmake --build "$SANITIZE_DIR" -j2 --target $(sanitize_targets "$1")
}

# Runs the set; any ASan, UBSan or leak report fails the test that made it.
run_sanitize() {
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$PWD/tests/sanitize/lsan.supp:print_suppressions=0"
    local selection status=0
    while read -r selection; do
        # shellcheck disable=SC2086
        ctest --test-dir "$SANITIZE_DIR" -j2 --output-on-failure --timeout 900 $selection ||
            { status=1; print_failed_tests "$SANITIZE_DIR"; }
    done < <(sanitize_selections "$1")
    return $status
}

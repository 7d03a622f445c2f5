# The libFuzzer targets of tests/fuzz (issue 12; docs/security.md, "Fuzzing"). Source this file, then call
# build_fuzz, and run_fuzz <seconds> [target...]. Needs clang and its runtime (install_packages fuzz).

FUZZ_DIR=build-fuzz
FUZZ_TARGETS="FuzzRequestParser FuzzWebhookEvent FuzzCsvReader FuzzDatabaseUrl FuzzEnvFile"

# Configures build-fuzz/ with clang and -DCONCIERGE_FUZZ=ON (only the fuzz targets and the sources they test).
build_fuzz() {
    export CCACHE_BASEDIR=$PWD
    CXX=clang++ cmake -S . -B "$FUZZ_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCONCIERGE_FUZZ=ON \
        -DCONCIERGE_BUILD_UI=OFF -DCONCIERGE_BUILD_TESTS=OFF >/dev/null
    cmake --build "$FUZZ_DIR" -j2 --target fuzz_all
}

# Runs each target for <seconds>, starting from the seeds in tests/fuzz/corpus/<target>/ (read only) plus what
# earlier runs found (build-fuzz/corpus/<target>/). A crash, a UBSan report, a leak, a timeout (10 s on one input) or
# running out of memory fails: the input is saved as build-fuzz/artifacts/<target>-crash-... for the corpus.
run_fuzz() {
    local seconds=$1; shift
    local targets=${*:-$FUZZ_TARGETS}
    local failed=""
    mkdir -p "$FUZZ_DIR/artifacts"
    for target in $targets; do
        mkdir -p "$FUZZ_DIR/corpus/$target"
        echo "Fuzzing $target for ${seconds}s"
        if ! "$FUZZ_DIR/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
            -print_final_stats=1 -artifact_prefix="$FUZZ_DIR/artifacts/$target-" \
            "$FUZZ_DIR/corpus/$target" "tests/fuzz/corpus/$target" >"$FUZZ_DIR/$target.log" 2>&1; then
            tail -n 40 "$FUZZ_DIR/$target.log"
            failed="$failed $target"
        else
            grep -E '^stat::number_of_executed_units|^Done' "$FUZZ_DIR/$target.log" | tr '\n' ' '; echo
        fi
    done
    if [ -n "$failed" ]; then
        echo "Fuzzing found a problem in:$failed (inputs in $FUZZ_DIR/artifacts/)"
        return 1
    fi
}

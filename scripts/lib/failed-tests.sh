# Sourced by scripts/test. After a failed ctest run, prints again what each failed test said about its failures
# (QTest's FAIL!/Loc: lines) and the end of its output, so that the last lines of a CI log name the cause.
print_failed_tests() { # build dir
    local dir=$1/Testing/Temporary
    [ -f "$dir/LastTestsFailed.log" ] && [ -f "$dir/LastTest.log" ] || return 0
    echo
    echo "==== What the failed tests said (from $dir/LastTest.log) ===="
    local name
    while IFS=: read -r _ name; do
        [ -n "$name" ] || continue
        echo "---- $name"
        awk -v name="$name" '
            $0 ~ "^[0-9]+/[0-9]+ Test: " && $3 == name { inside = 1; next }
            inside && /^<end of output>/ { exit }
            inside { print }' "$dir/LastTest.log" >"$dir/failed-output.txt"
        grep -E -A2 '^(FAIL!|XPASS|QFATAL|   Loc:)|Sanitizer|runtime error' "$dir/failed-output.txt" | head -40
        echo "  ... the last lines:"
        tail -n 25 "$dir/failed-output.txt" | cut -c1-300
    done <"$dir/LastTestsFailed.log"
}

# Debian 12 packages Concierge needs. Source this file, then call install_packages <group>...
# Groups: build (compile everything), test (real Redis and PostgreSQL for the tests), run (a display for the console
# is optional), bench (load generator and an instant fake WAHA), fuzz (clang's libFuzzer and sanitizers).

BUILD_PACKAGES="build-essential cmake ninja-build pkg-config ccache qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins
 libqt6sql6-sqlite libqt6sql6-psql qt6-websockets-dev qt6-httpserver-dev qt6-tools-dev qt6-tools-dev-tools
 qt6-l10n-tools libcurl4-openssl-dev libhiredis-dev libhttp-parser-dev libsodium-dev libjwt-dev libgl-dev
 libqrencode-dev libsqlite3-dev libpq-dev libsimdjson-dev fonts-dejavu-core qt6-charts-dev libqt6opengl6-dev"
TEST_PACKAGES="redis-server postgresql curl poppler-utils lintian"
BENCH_PACKAGES="wrk nginx-light curl sqlite3"
# libFuzzer, ASan and UBSan come with clang's runtime (tests/fuzz, scripts/fuzz).
FUZZ_PACKAGES="clang libclang-rt-14-dev"

missing_packages() {
    local missing=""
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
    done
    echo "$missing"
}

install_packages() {
    local wanted=""
    for group in "$@"; do
        case "$group" in
            build) wanted="$wanted $BUILD_PACKAGES" ;;
            test) wanted="$wanted $TEST_PACKAGES" ;;
            bench) wanted="$wanted $BENCH_PACKAGES" ;;
            fuzz) wanted="$wanted $FUZZ_PACKAGES" ;;
        esac
    done
    # shellcheck disable=SC2086
    local missing; missing=$(missing_packages $wanted)
    [ -z "$missing" ] && return 0
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    echo "Installing:$missing"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# Builds into $1 (default: build) with the project's settings; extra cmake arguments follow.
build_project() {
    local dir=${1:-build}; shift || true
    # Paths relative to the checkout, so that another clone of the tree reuses the compiler cache.
    export CCACHE_BASEDIR=$PWD
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
    cmake --build "$dir" -j2
}

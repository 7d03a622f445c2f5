#!/usr/bin/env bash
# The Debian package, installed as dpkg installs it, into a throwaway root: usage test-debian-package.sh BUILD_DIR.
# 1. cpack builds the .deb from the build folder (already built: cpack only installs and packs).
# 2. Its control data: Depends names the plugins Qt loads at run time, the settings file is a conffile.
# 3. dpkg --root installs it; the maintainer scripts run outside a chroot against stubs that record what they would
#    do to the real system (adduser, deb-systemd-helper, systemctl, chown), with paths under $DPKG_ROOT.
# 4. The files an administrator expects are there (binaries, unit, conffile, desktop file, icons, copyright).
# 5. lintian (when installed) reports no error; systemd-analyze verify accepts the unit.
# 6. The installed concierge-server starts from that root with the shipped settings file (secrets empty, so it
#    generates them), under umask 000, answers GET /health, keeps its files private, and exits 0 on SIGTERM.
# 7. dpkg --remove keeps the data; --purge removes it and the user.
set -euo pipefail

build=$(cd "$1" && pwd)
work=$(mktemp -d)
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill -KILL "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
expect_file() { [ -e "$root/$1" ] || fail "missing from the installed package: /$1"; }
mode_of() { stat -c %a "$1"; }

# --- 1. Build the package ------------------------------------------------------------------------------------------
echo "== cpack"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"
    fail "cpack failed"
}
deb=$(ls "$work"/out/*.deb)
echo "built $(basename "$deb")"

# --- 2. Control data -----------------------------------------------------------------------------------------------
depends=$(dpkg-deb -f "$deb" Depends)
for package in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins adduser libqt6core6; do
    grep -q "\b$package\b" <<<"$depends" || fail "Depends lacks $package: $depends"
done
dpkg-deb -e "$deb" "$work/control"
grep -qx /etc/concierge/concierge.env "$work/control/conffiles" || fail "concierge.env is not a conffile"
for script in postinst prerm postrm; do
    [ "$(mode_of "$work/control/$script")" = 755 ] || fail "$script is not 0755"
done

# --- 3. Install into a throwaway root ------------------------------------------------------------------------------
echo "== dpkg --root"
root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$work/stubs"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
calls="$work/calls.log"
: >"$calls"
# Stubs for what the maintainer scripts do outside the package's files: each records its call.
for command in adduser deluser delgroup chown deb-systemd-helper deb-systemd-invoke systemctl; do
    printf '#!/bin/sh\necho "%s $*" >>"%s"\n' "$command" "$calls" >"$work/stubs/$command"
done
# getent: the concierge user exists once the stub adduser has been called.
printf '#!/bin/sh\ngrep -q "^adduser" "%s" && ! grep -q "^deluser" "%s" && echo "concierge:x:999:999::/var/lib/concierge:/usr/sbin/nologin" && exit 0\nexit 2\n' \
    "$calls" "$calls" >"$work/stubs/getent"
chmod +x "$work/stubs"/*
dpkg_root() {
    local force="script-chrootless,depends,unsafe-io"
    [ "$(id -u)" = 0 ] || force="$force,not-root"
    PATH="$work/stubs:$PATH" dpkg --root="$root" --force-"$force" --log="$work/dpkg.log" "$@"
}
dpkg_root -i "$deb" >"$work/dpkg-install.log" 2>&1 || {
    cat "$work/dpkg-install.log"
    fail "dpkg -i failed"
}

grep -q "^adduser --system --group .*--home /var/lib/concierge .*concierge$" "$calls" ||
    fail "postinst did not create the concierge system user: $(cat "$calls")"
grep -q "^chown concierge:concierge $root/var/lib/concierge$" "$calls" || fail "postinst did not give the data folder away"
grep -q "^chown root:concierge $root/etc/concierge/concierge.env$" "$calls" || fail "postinst did not share the settings"
grep -q "^deb-systemd-helper enable concierge-server.service$" "$calls" || fail "postinst did not enable the unit"
[ "$(mode_of "$root/var/lib/concierge")" = 700 ] || fail "the data folder is not 0700"
[ "$(mode_of "$root/etc/concierge/concierge.env")" = 640 ] || fail "concierge.env is not 0640"
dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Conffiles}' concierge | grep -q /etc/concierge/concierge.env ||
    fail "dpkg did not register the conffile"

# --- 4. Files ------------------------------------------------------------------------------------------------------
for path in usr/bin/concierge usr/bin/concierge-server lib/systemd/system/concierge-server.service \
    lib/systemd/system/concierge-backup.service lib/systemd/system/concierge-backup.timer \
    etc/concierge/concierge.env usr/share/applications/concierge.desktop \
    usr/share/icons/hicolor/scalable/apps/concierge.svg usr/share/doc/concierge/copyright \
    usr/share/doc/concierge/changelog.gz; do
    expect_file "$path"
done
for size in 16 22 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/concierge.png"
    [ -s "$png" ] || fail "no ${size}x${size} icon"
    [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "${size}x${size} icon is not a PNG"
done
grep -qx "Icon=concierge" "$root/usr/share/applications/concierge.desktop" || fail "the desktop file names no icon"
grep -q "^User=concierge$" "$root/lib/systemd/system/concierge-server.service" || fail "the unit does not run as concierge"
if grep -v '^#' "$root/etc/concierge/concierge.env" | grep -q .; then
    fail "the shipped concierge.env sets something (it must only hold commented defaults)"
fi

# --- 5. lintian, systemd-analyze ------------------------------------------------------------------------------------
if command -v lintian >/dev/null; then
    echo "== lintian"
    lintian --fail-on error "$deb" | tee "$work/lintian.log" || fail "lintian reports errors"
else
    echo "lintian is not installed: skipped (scripts/test installs it)"
fi
if command -v systemd-analyze >/dev/null; then
    echo "== systemd-analyze verify"
    # The installed unit, pointed at the installed binary (verify checks that ExecStart= can run).
    mkdir -p "$work/unit"
    sed "s|/usr/bin/concierge-server|$root/usr/bin/concierge-server|" \
        "$root/lib/systemd/system/concierge-server.service" >"$work/unit/concierge-server.service"
    analyzed=$(systemd-analyze verify --man=no "$work/unit/concierge-server.service" 2>&1 || true)
    [ -z "$analyzed" ] || fail "systemd-analyze verify: $analyzed"
fi

# --- 6. The installed server ---------------------------------------------------------------------------------------
echo "== run the installed concierge-server"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data="$work/data/concierge"
(
    umask 000
    exec env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen DATA_DIR="$data" \
        HOST=127.0.0.1 PORT="$port" LOG_LEVEL=warning \
        "$root/usr/bin/concierge-server" --env-file "$root/etc/concierge/concierge.env"
) >"$work/server.log" 2>&1 &
server_pid=$!
health=$(curl -sS --retry 60 --retry-connrefused --retry-delay 1 --max-time 90 "http://127.0.0.1:$port/health") || {
    cat "$work/server.log"
    fail "GET /health did not answer"
}
grep -q '"status"' <<<"$health" || fail "unexpected /health answer: $health"
echo "GET /health: $health"
[ "$(mode_of "$data")" = 700 ] || fail "the data folder is $(mode_of "$data"), not 700 (umask 000)"
for file in concierge.db jwt-secret webhook-token admin-password; do
    [ -e "$data/$file" ] || fail "the server did not create $file"
    [ "$(mode_of "$data/$file")" = 600 ] || fail "$file is $(mode_of "$data/$file"), not 600 (umask 000)"
done
kill -TERM "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=""
[ "$status" = 0 ] || {
    cat "$work/server.log"
    fail "concierge-server exited with $status on SIGTERM"
}

# --- 7. Remove keeps the data, purge removes it ----------------------------------------------------------------------
echo "== dpkg --remove, --purge"
echo "a record" >"$root/var/lib/concierge/concierge.db"
dpkg_root --remove concierge >"$work/dpkg-remove.log" 2>&1 || fail "dpkg --remove failed: $(cat "$work/dpkg-remove.log")"
[ -e "$root/var/lib/concierge/concierge.db" ] || fail "dpkg --remove deleted the data"
[ ! -e "$root/usr/bin/concierge-server" ] || fail "dpkg --remove left the binary"
grep -q "^deluser" "$calls" && fail "dpkg --remove deleted the user"
dpkg_root --purge concierge >"$work/dpkg-purge.log" 2>&1 || fail "dpkg --purge failed: $(cat "$work/dpkg-purge.log")"
[ ! -e "$root/var/lib/concierge" ] || fail "dpkg --purge left the data"
[ ! -e "$root/etc/concierge/concierge.env" ] || fail "dpkg --purge left the settings"
grep -q "^deluser --quiet --system concierge$" "$calls" || fail "dpkg --purge did not remove the user"

echo "PASS"

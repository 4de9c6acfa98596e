#!/usr/bin/env bash
# Tries the Windows installer as a person would, under Wine in a virtual screen (Xvfb):
# installs it silently for the user, starts the installed app, opens the example session
# through the .ron file type (as a double-click in Explorer does), takes screenshots,
# checks the recovery folder, then uninstalls silently and checks nothing is left.
#
#   packaging/windows/wine-smoke-test.sh dist/stepping-stones-VERSION-windows-setup.exe [SHOTS-FOLDER]
#
# Needs Debian's wine64 (Wine 8), xvfb, xdotool, imagemagick, bc and gcc-mingw-w64-x86-64.
#
# Wine 8 lacks bcryptprimitives.dll (ProcessPrng), which Rust's standard library calls on
# Windows 10 and 11, where it always exists. For this test only, a tiny stand-in DLL is
# built in a temporary folder and put beside the installed app inside the throwaway Wine
# prefix. It is never part of the installer.
set -euo pipefail

installer=$(realpath "$1")
shots=$(realpath "${2:-docs}")
work=$(mktemp -d)
trap 'cleanup' EXIT
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="

say() { echo "== $*"; }
fail() { echo "FAILED: $*"; exit 1; }

display=97
while [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
export DISPLAY=":$display"
Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb_pid=$!
cleanup() {
    wineserver -k 2>/dev/null || true
    kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
sleep 1

say "the test-only ProcessPrng stand-in"
cat > "$work/prng.c" <<'C'
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
C
x86_64-w64-mingw32-gcc -shared -O2 -o "$work/bcryptprimitives.dll" "$work/prng.c" -ladvapi32

say "a fresh Wine prefix"
wineboot --init >/dev/null 2>&1
wineserver -w

user_dir="$WINEPREFIX/drive_c/users/$(id -un)"
app_dir="$user_dir/AppData/Local/Programs/Stepping Stones"
start_menu="$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
recovery="$user_dir/AppData/Roaming/stepping-stones/data/recovery"

say "silent install: $(basename "$installer") /S"
wine "$installer" /S
wineserver -w
[ -f "$app_dir/stepping-stones.exe" ] || fail "the app was not installed in $app_dir"
[ -f "$app_dir/uninstall.exe" ] || fail "no uninstaller"
[ -f "$start_menu/Stepping Stones.lnk" ] || fail "no Start-menu entry"
ls -la "$app_dir"
echo "Start menu: $(ls "$start_menu" | tr '\n' ' ')"
wine reg query 'HKCU\Software\Classes\.ron' 2>/dev/null | tr -d '\r' | grep -i stepping || fail ".ron is not linked to the app"
wine reg query 'HKCU\Software\Classes\SteppingStones.Session\shell\open\command' 2>/dev/null | tr -d '\r' | grep -i exe
wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\SteppingStones' 2>/dev/null | tr -d '\r' | grep -E "DisplayName|DisplayVersion|UninstallString"

cp "$work/bcryptprimitives.dll" "$app_dir/"

wait_for_window() {
    # Polled rather than `--sync`: Wine makes and drops short-lived windows while starting.
    for _ in $(seq 300); do
        if xdotool search --onlyvisible --name "Stepping Stones" >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.2
    done
    fail "no window appeared within a minute"
}

say "start the installed app (as the Start-menu entry does)"
start=$(date +%s.%N)
wine "$app_dir/stepping-stones.exe" >"$work/app.log" 2>&1 &
wait_for_window
echo "window after $(echo "$(date +%s.%N) - $start" | bc) s (includes Wine starting up)"
sleep 4 # let the first frames settle
import -window root "$shots/windows-welcome.png"
[ -d "$recovery" ] || fail "no recovery folder at $recovery"
echo "recovery folder: $(ls -la "$recovery")"
xdotool key --clearmodifiers ctrl+q
wineserver -w

say "open the example session with the command the .ron file type registered"
# (Windows runs this command on a double-click in Explorer. Wine's own `start` reads only
# the machine-wide file types, not the per-user ones this installer writes, so the test
# runs the registered command itself.)
session="$work/Riverside Voices.ron"
cp "$(dirname "$0")/../../assets/example-session.ron" "$session"
command=$(wine reg query 'HKCU\Software\Classes\SteppingStones.Session\shell\open\command' /ve \
    | tr -d '\r' | sed -n 's/.*REG_SZ *//p')
echo "registered: $command"
exe=$(echo "$command" | sed -n 's/^"\([^"]*\)".*/\1/p')
[ -n "$exe" ] || fail "no command registered for session files"
wine "$exe" "$(winepath -w "$session")" >"$work/app2.log" 2>&1 &
wait_for_window
sleep 4
import -window root "$shots/windows-example.png"
xdotool key --clearmodifiers ctrl+q
wineserver -w

say "silent uninstall"
rm "$app_dir/bcryptprimitives.dll"
wine "$app_dir/uninstall.exe" /S
sleep 3
wineserver -w
[ ! -e "$app_dir" ] || fail "left behind: $(ls -la "$app_dir")"
[ ! -e "$start_menu/Stepping Stones.lnk" ] || fail "the Start-menu entry is still there"
if wine reg query 'HKCU\Software\Classes\SteppingStones.Session' >/dev/null 2>&1; then
    fail "the file type is still registered"
fi
if wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\SteppingStones' >/dev/null 2>&1; then
    fail "still listed as installed"
fi
[ -d "$recovery" ] && echo "kept, as meant: the recovery folder ($recovery)"
say "all good: installed, started, opened a session file, uninstalled"

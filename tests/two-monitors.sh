#!/bin/sh
# two-monitors.sh TEST-PRESENTER [OUT-DIR]: the room's screen with two monitors, the laptop's
# and the projector's, then with the projector unplugged.
#
# GTK 4 reads monitors from RandR only (it dropped Xinerama), and Xvfb's RandR has one output
# however many screens it is given (-screen 0 1280x800x24 -screen 1 1920x1080x24 +xinerama is one
# monitor to GTK), so two monitors are made with Weston: its X11 backend, in an Xvfb of its own,
# with two outputs, X1 1280x800 (the laptop) and X2 1920x1080 (the projector), and the tests run
# on Wayland. Runs the presenter's tests second-monitor (it goes full screen on X2, its type
# sized for it), laptop-moves (the laptop's window on X2: it goes to X1, and back) and
# monitor-goes (X2 is closed, as a projector unplugged: it leaves full screen and stays open as
# a window). They stop at each step named in CG_ROOM_SHOW; with OUT-DIR, both
# outputs are saved there at each step (ImageMagick's import): laptop-STEP.png, room-STEP.png.
# Skipped (77) without Xvfb, weston or /usr/bin/python3.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

TEST=$1
OUT=${2:-}
HERE=$(cd "$(dirname "$0")" && pwd)
for tool in Xvfb weston /usr/bin/python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "1..0 # SKIP $tool is not installed: no second monitor to test with"
    exit 77
  fi
done
[ -z "$OUT" ] || { mkdir -p "$OUT" && OUT=$(cd "$OUT" && pwd); }
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/cg-monitors.XXXXXX") || exit 1
PIDS=""
cleanup () {
  for pid in $PIDS; do kill "$pid" 2>/dev/null; done
  rm -rf "$SCRATCH"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
outputs () { /usr/bin/python3 "$HERE/weston-outputs.py" "$@"; }
fail () { echo "Bail out! $*"; exit 1; }

# (an X display of its own, on a free number Xvfb picks and writes to fd 3)
Xvfb -displayfd 3 -screen 0 3200x1080x24 -nolisten tcp 3>"$SCRATCH/display" >/dev/null 2>&1 &
PIDS="$!"
while [ ! -s "$SCRATCH/display" ]; do
  kill -0 "$PIDS" 2>/dev/null || fail "Xvfb did not start"
  sleep 0.1
done
DISPLAY=":$(cat "$SCRATCH/display")"
XDG_RUNTIME_DIR="$SCRATCH/run"
export DISPLAY XDG_RUNTIME_DIR
mkdir -m 700 "$XDG_RUNTIME_DIR"
cat > "$SCRATCH/weston.ini" <<INI
[core]
idle-time=0

[shell]
panel-position=none
locking=false
animation=none
startup-animation=none
background-color=0xff203040

[output]
name=X1
mode=1280x800

[output]
name=X2
mode=1920x1080
INI
weston --backend=x11-backend.so --use-pixman --output-count=2 -c "$SCRATCH/weston.ini" \
  --socket=room-wayland --log="$SCRATCH/weston.log" &
WESTON=$!
PIDS="$PIDS $WESTON"
weston_failed () { sed "s/^/# /" "$SCRATCH/weston.log"; fail "$1"; }
X1=$(outputs find X1) && X2=$(outputs find X2) || weston_failed "Weston made no outputs"
while [ ! -e "$XDG_RUNTIME_DIR/room-wayland" ]; do
  kill -0 "$WESTON" 2>/dev/null || weston_failed "Weston stopped"
  sleep 0.1
done
# side by side, as the outputs are laid out; new windows open on the pointer's output: the
# laptop's
outputs move "$X2" 1280 0
outputs pointer "$X1" 640 400

mkdir "$SCRATCH/show"
# (GLib prints a plan after each -p: one is printed at the end instead)
WAYLAND_DISPLAY=room-wayland GDK_BACKEND=wayland CG_ROOM_SHOW="$SCRATCH/show" \
  "$TEST" --tap -p /widgets/presenter/second-monitor -p /widgets/presenter/laptop-moves \
  -p /widgets/presenter/monitor-goes \
  >"$SCRATCH/tap" &
TEST_PID=$!
look () {
  [ -z "$OUT" ] && return
  import -window "$X1" "$OUT/laptop-$1.png"
  [ "$1" = unplugged ] || import -window "$X2" "$OUT/room-$1.png"
}
# each step the tests stop at: looked at (and, for "unplug", X2 closed), then let go on
while kill -0 "$TEST_PID" 2>/dev/null; do
  for ready in "$SCRATCH"/show/*; do
    case $ready in *.done|*/\*) continue ;; esac
    [ -e "$ready.done" ] && continue
    step=$(basename "$ready")
    if [ "$step" = unplug ]; then
      outputs close "$X2"
    else
      [ -z "$OUT" ] || sleep 1
      look "$step"
    fi
    touch "$ready.done"
  done
  sleep 0.1
done
wait "$TEST_PID"
status=$?
grep -v '^1\.\.[0-9]*$' "$SCRATCH/tap"
echo "1..$(grep -c -E '^(not )?ok ' "$SCRATCH/tap")"
[ -z "$OUT" ] || echo "# screenshots in $OUT: laptop-*.png (X1, the laptop), room-*.png (X2, the room)" >&2
exit "$status"

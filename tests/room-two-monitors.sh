#!/bin/sh
# room-two-monitors.sh: the room's screen with two monitors, run by hand (not a test)
#
#   tests/room-two-monitors.sh [BUILD-DIR] [OUT-DIR]
#
# 1. Xvfb as issue 11 asks (-screen 0 1280x800x24 -screen 1 1920x1080x24 +xinerama): says how
#    many monitors GTK sees there. GTK 4 reads monitors from RandR only (no Xinerama), and this
#    Xvfb's RandR has one output: one monitor of 1280x800 (and its Xinerama screens overlap at
#    0,0), so the presenter's second-monitor test is skipped there.
# 2. Two real monitors for GTK: Weston (x11 backend, two outputs: X1 1280x800, the laptop, and
#    X2 1920x1080, the projector) inside an Xvfb, the application on Wayland. Runs the
#    presenter's second-monitor test on the sample, which stops three times (a capture, an
#    idea held back, the timer and private notes shown on the laptop; a read-back; a voting
#    round) for a screenshot of each output: OUT-DIR/laptop-*.png and OUT-DIR/room-*.png.
# Needs Xvfb, weston (Debian: apt-get install weston), xdotool and ImageMagick's import.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

BUILD=${1:-build}
OUT=${2:-.}
BUILD=$(cd "$BUILD" && pwd)
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
SCRATCH=$(mktemp -d)
PIDS=""
cleanup () {
  for pid in $PIDS; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$SCRATCH"
}
trap cleanup EXIT INT TERM

free_display () {
  n=90
  while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
  echo "$n"
}

test_env () {
  env GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$BUILD/tests" NO_AT_BRIDGE=1 \
      G_TEST_SRCDIR="$(dirname "$0")" G_TEST_BUILDDIR="$BUILD/tests" LC_ALL=C.UTF-8 "$@"
}

echo "== 1. Xvfb -screen 0 1280x800x24 -screen 1 1920x1080x24 +xinerama"
N=$(free_display)
Xvfb ":$N" -screen 0 1280x800x24 -screen 1 1920x1080x24 +xinerama >/dev/null 2>&1 &
XVFB=$!
PIDS="$XVFB"
sleep 2
DISPLAY=":$N" test_env "$BUILD/tests/test-presenter" -p /widgets/presenter/second-monitor \
  | grep -E '^(ok|not ok)' || true
kill "$XVFB"; wait "$XVFB" 2>/dev/null || true

echo "== 2. Weston in Xvfb, outputs X1 1280x800 (laptop) and X2 1920x1080 (projector)"
N=$(free_display)
Xvfb ":$N" -screen 0 3200x1080x24 >/dev/null 2>&1 &
PIDS="$PIDS $!"
sleep 2
export DISPLAY=":$N"
export XDG_RUNTIME_DIR="$SCRATCH/run"
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
PIDS="$PIDS $!"
while [ ! -e "$XDG_RUNTIME_DIR/room-wayland" ]; do sleep 0.2; done
sleep 1
find_output () {
  xwininfo -root -tree | sed -n "s/^ *\(0x[0-9a-f]*\) \"Weston Compositor - $1\".*/\1/p" | head -1
}
X1=""; X2=""
while [ -z "$X1" ] || [ -z "$X2" ]; do sleep 0.2; X1=$(find_output X1); X2=$(find_output X2); done
# (side by side, as the outputs are laid out)
xdotool windowmove "$X2" 1280 0
export WAYLAND_DISPLAY=room-wayland GDK_BACKEND=wayland
# (new windows open on the output with the pointer: the laptop's)
xdotool mousemove --window "$X1" 640 400

# the presenter's test, stopping to be looked at (see show_the_room in test-presenter.c)
mkdir "$SCRATCH/show"
CG_ROOM_SHOW="$SCRATCH/show" test_env "$BUILD/tests/test-presenter" \
  -p /widgets/presenter/second-monitor | grep -E '^(ok|not ok)' &
TEST=$!
for phase in board read-back tally; do
  while [ ! -e "$SCRATCH/show/$phase" ]; do
    kill -0 "$TEST" 2>/dev/null || { echo "the test ended before $phase"; exit 1; }
    sleep 0.2
  done
  sleep 1
  import -window "$X1" "$OUT/laptop-$phase.png"
  import -window "$X2" "$OUT/room-$phase.png"
  touch "$SCRATCH/show/$phase.done"
done
wait "$TEST"
echo "screenshots in $OUT: laptop-board.png, laptop-read-back.png, laptop-tally.png (X1, the"
echo "laptop), room-board.png, room-read-back.png, room-tally.png (X2, the room)"

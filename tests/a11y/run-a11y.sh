#!/bin/sh
# run-a11y.sh APP: the assistive-technology test (test-a11y.py) under a D-Bus session of its own
#
# GTK's AT-SPI bridge and the registry talk over D-Bus; dbus-run-session gives the test its own
# bus, so it reads only the application it starts. Skipped (exit 77) only when it cannot run
# at all: no display, no dbus-run-session, or no python3-pyatspi for /usr/bin/python3 (the
# Debian package; build-aux/deps.sh installs it with the test packages).
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u
here=$(dirname "$0")

if [ -z "${DISPLAY:-}" ]; then
  echo "no X display: skipping the assistive-technology test"
  exit 77
fi
if ! command -v dbus-run-session >/dev/null 2>&1; then
  echo "dbus-run-session is not installed: skipping the assistive-technology test"
  exit 77
fi
if ! /usr/bin/python3 -c 'import pyatspi' >/dev/null 2>&1; then
  echo "python3-pyatspi is not installed: skipping the assistive-technology test"
  exit 77
fi
# (the bridge is on only without GTK_A11Y=none, which the other tests set; and the AT-SPI
# registry's own warnings, such as one about a display it tries first, must not stop it)
unset GTK_A11Y NO_AT_BRIDGE G_DEBUG
exec dbus-run-session -- /usr/bin/python3 "$here/test-a11y.py" "$@"

#!/bin/sh
# run-keyring.sh TEST [ARGS...]: runs TEST in a D-Bus session of its own with a desktop keyring
# (gnome-keyring's Secret Service, its login keyring made and unlocked with a throwaway
# password, in a throwaway home), as a facilitator's logged-in desktop has one.
# Skipped (77) when there is no display, no dbus-run-session or no gnome-keyring-daemon.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

if [ -z "${DISPLAY:-}" ]; then
  echo "no X display: skipping the keyring test"
  exit 77
fi
for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is not installed: skipping the keyring test"
    exit 77
  fi
done

home=$(mktemp -d "${TMPDIR:-/tmp}/cg-keyring.XXXXXX") || exit 1
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/runtime" && chmod 700 "$home/runtime"

HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache \
XDG_RUNTIME_DIR=$home/runtime \
  dbus-run-session -- sh -c '
    eval "$(printf "throwaway\n" | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    exec "$@"' keyring "$@"

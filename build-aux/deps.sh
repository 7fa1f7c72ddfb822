# build-aux/deps.sh: what Common Ground needs on the machine, and installing what is missing.
# Sourced by build-aux/run and build-aux/test.
# SPDX-License-Identifier: GPL-3.0-or-later

# Debian package -> what shows it is there: a command, pc:MODULE (pkg-config), or font:LANG (a
# font for language LANG, as fontconfig's fc-list ":lang=LANG" finds it, whichever package has
# it). The summary test draws Chinese and Arabic: the smallest fonts that cover them are
# WenQuanYi Micro Hei (1.6 MB) and DejaVu Sans (the font fontconfig-config already pulls in).
BUILD_DEBS="gcc:cc pkg-config:pkg-config meson:meson ninja-build:ninja gettext:msgfmt
libglib2.0-dev:pc:gio-2.0 libgtk-4-dev:pc:gtk4 libxml2-dev:pc:libxml-2.0 libcairo2-dev:pc:cairo
libpango1.0-dev:pc:pangocairo libsodium-dev:pc:libsodium"
TEST_DEBS="xvfb:xvfb-run xauth:xauth libxml2-utils:xmllint appstream:appstreamcli
desktop-file-utils:desktop-file-validate dbus:dbus-run-session poppler-utils:pdftotext
fontconfig:fc-list fonts-wqy-microhei:font:zh-cn fonts-dejavu-core:font:ar"
BUILD_DNF="gcc pkgconf meson ninja-build gettext glib2-devel gtk4-devel libxml2-devel cairo-devel pango-devel libsodium-devel"
TEST_DNF="xorg-x11-server-Xvfb xorg-x11-xauth libxml2 appstream desktop-file-utils dbus-daemon poppler-utils fontconfig wqy-microhei-fonts dejavu-sans-fonts"

# Prints the Debian packages of the list "$1" whose command, module or font is missing.
missing_debs () {
  local entry pkg probe
  for entry in $1; do
    pkg=${entry%%:*}; probe=${entry#*:}
    case $probe in
      pc:*) pkg-config --exists "${probe#pc:}" 2>/dev/null || echo "$pkg" ;;
      font:*) [ -n "$(fc-list ":lang=${probe#font:}" family 2>/dev/null)" ] || echo "$pkg" ;;
      *) command -v "$probe" >/dev/null 2>&1 || echo "$pkg" ;;
    esac
  done
}

# ensure_deps "DEBIAN-LIST" "DNF-LIST": installs what is missing (as root with apt-get), or says
# exactly what to run and returns 1.
ensure_deps () {
  local missing
  missing=$(missing_debs "$1" | tr '\n' ' ')
  missing=${missing% }
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing: $missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null || { echo "apt-get update failed" >&2; return 1; }
    # shellcheck disable=SC2086
    apt-get install -y -qq $missing >/dev/null || { echo "apt-get install $missing failed" >&2; return 1; }
    return 0
  fi
  echo "Common Ground needs some packages first. Install them with one of:" >&2
  echo "  sudo apt-get install $missing" >&2
  echo "  sudo dnf install $2" >&2
  return 1
}

# configure BUILDDIR [MESON-OPTIONS...]: sets up the build folder once, then builds.
configure_and_build () {
  local builddir=$1 log; shift
  log=$(mktemp "${TMPDIR:-/tmp}/common-ground-build.XXXXXX")
  if [ ! -f "$builddir/build.ninja" ]; then
    meson setup "$builddir" "$@" >"$log" 2>&1 || {
      cat "$log" >&2; rm -f "$log"; echo "meson setup failed (see above)" >&2; return 1; }
  fi
  ninja -C "$builddir" >"$log" 2>&1 || {
    tail -40 "$log" >&2; rm -f "$log"; echo "the build failed (see above)" >&2; return 1; }
  rm -f "$log"
}

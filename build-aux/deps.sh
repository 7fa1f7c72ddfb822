# build-aux/deps.sh: what Common Ground needs on the machine, and installing what is missing.
# Sourced by build-aux/run and build-aux/test.
# SPDX-License-Identifier: GPL-3.0-or-later

# Debian package -> what shows it is there: a command, pc:MODULE (pkg-config), font:LANG (a
# font for language LANG, as fontconfig's fc-list ":lang=LANG" finds it, whichever package has
# it), or py:MODULE (a module the system's /usr/bin/python3 imports). The assistive-technology
# test reads the app through AT-SPI: the registry (at-spi2-core) and pyatspi. The summary test draws Chinese and Arabic: the smallest fonts that cover them are
# WenQuanYi Micro Hei (1.6 MB) and DejaVu Sans (the font fontconfig-config already pulls in).
BUILD_DEBS="gcc:cc pkg-config:pkg-config meson:meson ninja-build:ninja gettext:msgfmt
libglib2.0-dev:pc:gio-2.0 libgtk-4-dev:pc:gtk4 libxml2-dev:pc:libxml-2.0 libcairo2-dev:pc:cairo
libpango1.0-dev:pc:pangocairo libsodium-dev:pc:libsodium"
TEST_DEBS="xvfb:xvfb-run xauth:xauth libxml2-utils:xmllint appstream:appstreamcli
desktop-file-utils:desktop-file-validate dbus:dbus-run-session poppler-utils:pdftotext
fontconfig:fc-list fonts-wqy-microhei:font:zh-cn fonts-dejavu-core:font:ar
at-spi2-core:/usr/libexec/at-spi-bus-launcher python3-pyatspi:py:pyatspi"
BUILD_DNF="gcc pkgconf meson ninja-build gettext glib2-devel gtk4-devel libxml2-devel cairo-devel pango-devel libsodium-devel"
TEST_DNF="xorg-x11-server-Xvfb xorg-x11-xauth libxml2 appstream desktop-file-utils dbus-daemon poppler-utils fontconfig wqy-microhei-fonts dejavu-sans-fonts at-spi2-core python3-pyatspi"
# The Welsh test (tests/welsh-cli.sh) runs in the cy_GB.UTF-8 locale. locale:NAME is a glibc
# locale: its package brings the sources, and ensure_deps compiles NAME.UTF-8 when run as root.
TEST_DEBS="$TEST_DEBS locales:locale:cy_GB"
TEST_DNF="$TEST_DNF glibc-langpack-cy"
# Several laptops on one workshop (tests/sync-syncthing.py): two real Syncthing instances on
# 127.0.0.1 (the test is skipped, 77, only where Syncthing is not installed).
TEST_DEBS="$TEST_DEBS syncthing:syncthing"
TEST_DNF="$TEST_DNF syncthing"
# The desktop keyring (libsecret; the build works without it, and then offers none), and a
# real Secret Service for its test (tests/keyring/run-keyring.sh; skipped, 77, without it).
BUILD_DEBS="$BUILD_DEBS libsecret-1-dev:pc:libsecret-1"
BUILD_DNF="$BUILD_DNF libsecret-devel"
TEST_DEBS="$TEST_DEBS gnome-keyring:gnome-keyring-daemon"
TEST_DNF="$TEST_DNF gnome-keyring"
# Two monitors, the laptop's and the projector's, for the room's screen (tests/two-monitors.sh):
# Weston's X11 backend with two outputs, inside an Xvfb (skipped, 77, without weston).
TEST_DEBS="$TEST_DEBS weston:weston"
TEST_DNF="$TEST_DNF weston"

# Prints the Debian packages of the list "$1" whose command, module or font is missing.
missing_debs () {
  local entry pkg probe
  for entry in $1; do
    pkg=${entry%%:*}; probe=${entry#*:}
    case $probe in
      pc:*) pkg-config --exists "${probe#pc:}" 2>/dev/null || echo "$pkg" ;;
      font:*) [ -n "$(fc-list ":lang=${probe#font:}" family 2>/dev/null)" ] || echo "$pkg" ;;
      py:*) /usr/bin/python3 -c "import ${probe#py:}" >/dev/null 2>&1 || echo "$pkg" ;;
      locale:*) has_locale "${probe#locale:}" ||
                  [ -f "/usr/share/i18n/locales/${probe#locale:}" ] || echo "$pkg" ;;
      *) command -v "$probe" >/dev/null 2>&1 || echo "$pkg" ;;
    esac
  done
}

# has_locale NAME: the glibc locale NAME.UTF-8 is installed.
has_locale () {
  [ "$(LC_ALL="$1.UTF-8" locale charmap 2>/dev/null)" = "UTF-8" ]
}

# make_locales "DEBIAN-LIST": as root, compiles each missing locale:NAME of the list (NAME.UTF-8,
# into the system's locale archive). Not as root it does nothing: the test that needs one
# compiles it into a folder of its own, or is skipped.
make_locales () {
  local entry name
  [ "$(id -u)" = 0 ] && command -v localedef >/dev/null 2>&1 || return 0
  for entry in $1; do
    case $entry in
      *:locale:*) name=${entry##*:locale:} ;;
      *) continue ;;
    esac
    has_locale "$name" && continue
    echo "Making the $name.UTF-8 locale"
    localedef -i "$name" -f UTF-8 "$name.UTF-8" >/dev/null 2>&1 ||
      echo "localedef could not make $name.UTF-8: the tests that need it are skipped" >&2
  done
}

# ensure_deps "DEBIAN-LIST" "DNF-LIST": installs what is missing (as root with apt-get), or says
# exactly what to run and returns 1.
ensure_deps () {
  local missing
  missing=$(missing_debs "$1" | tr '\n' ' ')
  missing=${missing% }
  [ -z "$missing" ] && { make_locales "$1"; return 0; }
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing: $missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null || { echo "apt-get update failed" >&2; return 1; }
    # shellcheck disable=SC2086
    apt-get install -y -qq $missing >/dev/null || { echo "apt-get install $missing failed" >&2; return 1; }
    make_locales "$1"
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

#!/bin/sh
# welsh-cli.sh: the command line in Welsh: its messages, and the summary's words and dates
#
# Runs common-ground with LANGUAGE=cy and the Welsh locale, reading the catalogue meson builds
# (BUILD/po/cy/LC_MESSAGES/common-ground.mo, found through CG_LOCALEDIR), and checks that the
# summary of the sample (normal and easy read) has Welsh headings, Welsh plural forms and dates
# in Welsh as the locale writes them, and that a wrong command is refused in Welsh.
# The cy_GB.UTF-8 locale comes from the system (build-aux/deps.sh makes it as root) or, when
# it is not installed, is compiled here into a private folder (LOCPATH); the test is skipped
# (77) only when it can be made neither way.
#
# Usage: welsh-cli.sh COMMON-GROUND LOCALEDIR SAMPLE
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

binary=$1
localedir=$2
sample=$3

if ! command -v pdftotext >/dev/null 2>&1; then
  echo "pdftotext (poppler-utils) is not installed: skipping"
  exit 77
fi
if [ ! -f "$localedir/cy/LC_MESSAGES/common-ground.mo" ]; then
  echo "no Welsh catalogue in $localedir"
  exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/welsh-cli.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

has_welsh_locale () {
  [ "$(LC_ALL=cy_GB.UTF-8 locale charmap 2>/dev/null)" = "UTF-8" ]
}
if ! has_welsh_locale; then
  # Not installed: compile it for this test alone (needs the locales package's sources).
  if command -v localedef >/dev/null 2>&1 &&
     localedef -i cy_GB -f UTF-8 "$tmp/cy_GB.UTF-8" >/dev/null 2>&1; then
    LOCPATH=$tmp
    export LOCPATH
  fi
  if ! has_welsh_locale; then
    echo "the cy_GB.UTF-8 locale is not installed and cannot be made here: skipping"
    exit 77
  fi
fi

LANGUAGE=cy
LANG=cy_GB.UTF-8
LC_ALL=cy_GB.UTF-8
CG_LOCALEDIR=$localedir
export LANGUAGE LANG LC_ALL CG_LOCALEDIR

status=0
n=0
check () {
  n=$((n + 1))
  if [ "$1" = ok ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; status=1; fi
}
# has TEXT-FILE WORDS DESCRIPTION: the text holds WORDS (spaces and line ends as one space)
has () {
  if tr -s '[:space:]' ' ' <"$1" | grep -qF -- "$2"; then check ok "$3"; else
    check fail "$3: no “$2” in:"; sed 's/^/# /' "$1" | head -n 60; fi
}
lacks () {
  if tr -s '[:space:]' ' ' <"$1" | grep -qF -- "$2"; then check fail "$3: “$2” is still there"
  else check ok "$3"; fi
}

echo "1..17"

"$binary" --export pdf --output "$tmp/summary.pdf" "$sample" 2>"$tmp/err"
check "$([ $? -eq 0 ] && echo ok)" "the summary is written"
pdftotext "$tmp/summary.pdf" "$tmp/summary.txt"
has "$tmp/summary.txt" "Crynodeb o’r gweithdy" "the front page's heading is Welsh"
has "$tmp/summary.txt" "Beth ddywedodd pobl" "the themes' heading is Welsh"
has "$tmp/summary.txt" "Dywedoch chi, gwnaethon ni: y cynllun gweithredu" \
  "the action plan's heading is Welsh"
has "$tmp/summary.txt" "12 Mawrth 2026" \
  "the first event's date is in Welsh (g_date_time_format, cy_GB)"
has "$tmp/summary.txt" "18 Mehefin 2026" "the second event's date is in Welsh"
has "$tmp/summary.txt" "yn sôn am 2 ddigwyddiad" "the plural form for two (dau + soft mutation)"
has "$tmp/summary.txt" "Tudalen 1 o" "the page numbers are Welsh"
lacks "$tmp/summary.txt" "What people said" "no English heading is left"

"$binary" --export pdf --easy-read --output "$tmp/easy.pdf" "$sample" 2>"$tmp/err"
check "$([ $? -eq 0 ] && echo ok)" "the easy-read summary is written"
pdftotext "$tmp/easy.pdf" "$tmp/easy.txt"
has "$tmp/easy.txt" "Beth mae’r siapiau’n ei olygu" "the easy-read key is Welsh"
has "$tmp/easy.txt" "Pleidleisiau: faint o bobl oedd yn hoffi’r syniad." \
  "the easy-read words are Welsh"
has "$tmp/easy.txt" "Mawrth 2026" "the easy-read dates are Welsh"

"$binary" --export doc --output "$tmp/x" "$sample" 2>"$tmp/err"
code=$?
check "$([ $code -eq 2 ] && echo ok)" "a wrong command still exits 2 (exit $code)"
has "$tmp/err" "common-ground: mae --export yn cymryd pdf, svg neu png" \
  "a wrong command is refused in Welsh"

"$binary" --validate "$sample" >"$tmp/out" 2>&1
check "$([ $? -eq 0 ] && echo ok)" "--validate passes the sample"
"$binary" --help >"$tmp/help" 2>&1
has "$tmp/help" "Crynodeb hawdd ei ddeall" "--help describes the options in Welsh"

exit "$status"

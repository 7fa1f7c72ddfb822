#!/bin/sh
# check-potfiles.sh: fail when po/POTFILES.in and the translatable sources disagree
#
# Every C source under src/ and every .ui file under ui/ from which xgettext extracts a message
# must be listed in po/POTFILES.in, or its strings never reach translators; and every file listed
# must exist, or making the .pot file fails.
#
# Usage: check-potfiles.sh SOURCE_ROOT
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

root=${1:-.}
potfiles="$root/po/POTFILES.in"

if ! command -v xgettext >/dev/null 2>&1; then
  echo "xgettext is not installed: skipping"
  exit 77
fi
if [ ! -f "$potfiles" ]; then
  echo "no $potfiles"
  exit 1
fi

listed=$(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$potfiles")
status=0

for entry in $listed; do
  if [ ! -f "$root/$entry" ]; then
    echo "po/POTFILES.in lists $entry, which does not exist"
    status=1
  fi
done

# The keywords of meson's 'glib' gettext preset.
candidates=$(cd "$root" && find src ui -type f \( -name '*.c' -o -name '*.h' -o -name '*.ui' \) \
               2>/dev/null | LC_ALL=C sort)
for file in $candidates; do
  if printf '%s\n' "$listed" | grep -qxF "$file"; then
    continue
  fi
  messages=$(cd "$root" && xgettext --omit-header --from-code=UTF-8 \
               --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
               --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
               -o - "$file" 2>/dev/null) || {
    echo "xgettext could not read $file"
    status=1
    continue
  }
  if [ -n "$messages" ]; then
    count=$(printf '%s\n' "$messages" | grep -c '^msgid ')
    echo "$file has $count translatable string(s) but is not in po/POTFILES.in"
    status=1
  fi
done

if [ "$status" -eq 0 ]; then
  echo "po/POTFILES.in lists every file with translatable strings"
fi
exit "$status"

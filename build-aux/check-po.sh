#!/bin/sh
# check-po.sh: fail unless every translation in po/ is valid and complete for today's sources
#
# For each language of po/LINGUAS:
#  1. po/LANG.po as it is: `msgfmt -c` finds no error (formats, plural forms, header) and
#     `--statistics` reports no fuzzy and no untranslated message;
#  2. against a template extracted afresh from the files of po/POTFILES.in, the way meson's
#     i18n 'glib' preset makes common-ground.pot: merged with it (without fuzzy guesses), the
#     catalogue still translates every message, so a string added to the sources without a
#     translation fails here, and its file and line are printed.
#
# Usage: check-po.sh SOURCE_ROOT [POT]   (POT: also keep the fresh template there)
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

root=${1:-.}
keep=${2:-}

for tool in xgettext msgmerge msgfmt msgattrib; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is not installed (gettext): skipping"
    exit 77
  fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/check-po.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# The arguments of meson's run_potgen and of its 'glib' preset (mesonbuild/modules/i18n.py).
if ! xgettext --package-name=common-ground -f "$root/po/POTFILES.in" -D "$root" -k_ \
       -o "$tmp/fresh.pot" \
       --from-code=UTF-8 --add-comments \
       --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
       --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
       --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
       --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
       --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
       --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
       --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
       --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
       --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format \
       2>"$tmp/xgettext.log"; then
  cat "$tmp/xgettext.log"
  echo "xgettext could not extract the messages of po/POTFILES.in"
  exit 1
fi
[ -n "$keep" ] && cp "$tmp/fresh.pot" "$keep"
total=$(grep -c '^msgid ' "$tmp/fresh.pot")
total=$((total - 1))

langs=$(sed -e 's/#.*//' "$root/po/LINGUAS")
status=0
for lang in $langs; do
  po="$root/po/$lang.po"
  if [ ! -f "$po" ]; then
    echo "po/LINGUAS lists $lang, but there is no po/$lang.po"
    status=1
    continue
  fi

  if ! stats=$(LC_ALL=C msgfmt -c --statistics -o /dev/null "$po" 2>&1); then
    printf '%s\n' "$stats"
    echo "po/$lang.po: msgfmt -c found errors"
    status=1
    continue
  fi
  case $stats in
    *fuzzy*|*untranslated*) echo "po/$lang.po: $stats"; status=1; continue ;;
  esac

  if ! LC_ALL=C msgmerge --quiet --no-fuzzy-matching --no-wrap -o "$tmp/$lang.po" "$po" \
         "$tmp/fresh.pot" 2>"$tmp/msgmerge.log"; then
    cat "$tmp/msgmerge.log"
    echo "po/$lang.po: msgmerge failed"
    status=1
    continue
  fi
  if ! merged=$(LC_ALL=C msgfmt -c --statistics -o /dev/null "$tmp/$lang.po" 2>&1); then
    printf '%s\n' "$merged"
    echo "po/$lang.po: msgfmt -c found errors against today's template"
    status=1
    continue
  fi
  case $merged in
    *untranslated*|*fuzzy*)
      echo "po/$lang.po does not translate every message of today's sources ($merged)."
      echo "Untranslated (run build-aux/check-po.sh . FILE.pot for the template):"
      LC_ALL=C msgattrib --untranslated --no-obsolete --no-wrap "$tmp/$lang.po" |
        grep -E '^(#:|msgid )' | grep -v '^msgid ""$' | head -n 40
      status=1
      continue
      ;;
  esac
  echo "po/$lang.po: $stats (all $total messages of today's sources)"
done
exit "$status"

/* cg-text.c: checks and normalisation for the text and values a workshop holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <string.h>

#include "cg-text.h"

static gboolean
is_xml_char (gunichar c)
{
  if (c < 0x20)
    return c == '\t' || c == '\n';
  if (c >= 0xD800 && c <= 0xDFFF)
    return FALSE;
  return c != 0xFFFE && c != 0xFFFF && c <= 0x10FFFF;
}

/* Whether @text needs no change: the common case, checked quickly. */
static gboolean
is_clean (const char *text,
          gsize       max_chars)
{
  const char *end;
  gsize n_chars = 0;

  if (!g_utf8_validate (text, -1, &end))
    return FALSE;
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if (*p < 0x20 && *p != '\t' && *p != '\n')
        return FALSE;
      if (*p == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
        return FALSE; /* U+FFFE, U+FFFF */
      if ((*p & 0xC0) != 0x80)
        n_chars++;
    }
  return max_chars == 0 || n_chars <= max_chars;
}

char *
cg_text_normalize (const char *text,
                   gsize       max_chars)
{
  g_autofree char *valid = NULL;
  GString *out;
  gsize n_chars = 0;

  if (text == NULL)
    return NULL;
  if (is_clean (text, max_chars))
    return g_strdup (text);

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (max_chars > 0 && n_chars >= max_chars)
        break;

      if (c == '\r')
        {
          if (p[1] == '\n')
            continue;
          c = '\n';
        }
      if (!is_xml_char (c))
        continue;

      g_string_append_unichar (out, c);
      n_chars++;
    }

  return g_string_free (out, FALSE);
}

gboolean
cg_text_is_valid_id (const char *id)
{
  gsize len;

  if (id == NULL)
    return FALSE;
  len = strlen (id);
  if (len == 0 || len > 64)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (id[i]) && id[i] != '-' && id[i] != '_')
      return FALSE;
  return TRUE;
}

gboolean
cg_text_is_valid_colour (const char *colour)
{
  if (colour == NULL || strlen (colour) != 7 || colour[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (colour[i]))
      return FALSE;
  return TRUE;
}

char *
cg_text_normalize_colour (const char *colour)
{
  if (!cg_text_is_valid_colour (colour))
    return NULL;
  return g_ascii_strdown (colour, -1);
}

static gboolean
parse_digits (const char *s,
              guint       n,
              guint      *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      *value = *value * 10 + (guint) (s[i] - '0');
    }
  return TRUE;
}

static gboolean
parse_date (const char *s,
            guint      *year,
            guint      *month,
            guint      *day)
{
  return parse_digits (s, 4, year) && s[4] == '-' &&
         parse_digits (s + 5, 2, month) && s[7] == '-' &&
         parse_digits (s + 8, 2, day) &&
         *year >= 1 && g_date_valid_dmy (*day, *month, *year);
}

gboolean
cg_text_is_valid_date (const char *date)
{
  guint y, m, d;

  return date != NULL && strlen (date) == 10 && parse_date (date, &y, &m, &d);
}

GDateTime *
cg_text_parse_timestamp (const char *text)
{
  guint y, mo, d, h, mi, s;

  if (text == NULL || strlen (text) != 20)
    return NULL;
  if (!parse_date (text, &y, &mo, &d) || text[10] != 'T' ||
      !parse_digits (text + 11, 2, &h) || text[13] != ':' ||
      !parse_digits (text + 14, 2, &mi) || text[16] != ':' ||
      !parse_digits (text + 17, 2, &s) || text[19] != 'Z')
    return NULL;
  if (h > 23 || mi > 59 || s > 59)
    return NULL;
  return g_date_time_new_utc ((int) y, (int) mo, (int) d, (int) h, (int) mi, s);
}

char *
cg_text_format_timestamp (GDateTime *datetime)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (datetime);

  /* Four-digit years always, so that what is written reads back. */
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                          g_date_time_get_year (utc), g_date_time_get_month (utc),
                          g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                          g_date_time_get_minute (utc), g_date_time_get_second (utc));
}

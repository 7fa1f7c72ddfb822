/* cg-summary-fonts.c: finding the characters of a summary that no installed font can draw (pango
 * shows them as boxes), and one sentence saying which notes hold them and in which script
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-summary-private.h"

/* Notes quoted in the warning before "and N more", and how much of each. */
#define MAX_NOTES   5
#define LABEL_CHARS 24

struct _CgFontCheck
{
  GHashTable *chars;       /* gunichar that came out as a box */
  GArray     *scripts;     /* GUnicodeScript of those, in order of first appearance */
  char       *first_text;  /* the text of the first layout that had a box */
};

CgFontCheck *
cg_font_check_new (void)
{
  CgFontCheck *check = g_new0 (CgFontCheck, 1);

  check->chars = g_hash_table_new (NULL, NULL);
  check->scripts = g_array_new (FALSE, FALSE, sizeof (GUnicodeScript));
  return check;
}

void
cg_font_check_free (CgFontCheck *check)
{
  if (check == NULL)
    return;
  g_hash_table_unref (check->chars);
  g_array_unref (check->scripts);
  g_free (check->first_text);
  g_free (check);
}

static gboolean
is_symbol (gunichar wc)
{
  switch (g_unichar_type (wc))
    {
    case G_UNICODE_MATH_SYMBOL:
    case G_UNICODE_CURRENCY_SYMBOL:
    case G_UNICODE_MODIFIER_SYMBOL:
    case G_UNICODE_OTHER_SYMBOL:
      return TRUE;
    default:
      return FALSE;
    }
}

/* @run_script: the script pango gave the run. Punctuation and marks that many scripts share
 * (the ideographic full stop, a combining accent) belong to the script of the text around
 * them; symbols and emoji are named as such. */
static void
add_char (CgFontCheck    *check,
          gunichar        wc,
          GUnicodeScript  run_script)
{
  GUnicodeScript script = g_unichar_get_script (wc);

  if ((script == G_UNICODE_SCRIPT_COMMON || script == G_UNICODE_SCRIPT_INHERITED)
      && !is_symbol (wc)
      && run_script != G_UNICODE_SCRIPT_COMMON && run_script != G_UNICODE_SCRIPT_INHERITED
      && run_script != G_UNICODE_SCRIPT_INVALID_CODE && run_script != G_UNICODE_SCRIPT_UNKNOWN)
    script = run_script;

  if (!g_hash_table_add (check->chars, GUINT_TO_POINTER (wc)))
    return;
  for (guint i = 0; i < check->scripts->len; i++)
    if (g_array_index (check->scripts, GUnicodeScript, i) == script)
      return;
  g_array_append_val (check->scripts, script);
}

gboolean
cg_font_check_add_layout (CgFontCheck *check,
                          PangoLayout *layout)
{
  /* Cheap, and nearly always 0; only when it is not, look at the glyphs one by one. */
  if (layout == NULL || pango_layout_get_unknown_glyphs_count (layout) == 0)
    return FALSE;

  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;

      for (GSList *r = line->runs; r != NULL; r = r->next)
        {
          PangoGlyphItem *run = r->data;
          PangoGlyphString *glyphs = run->glyphs;

          for (int i = 0; i < glyphs->num_glyphs; i++)
            {
              PangoGlyph glyph = glyphs->glyphs[i].glyph;

              /* A box holds the character it stands for. */
              if (glyph != PANGO_GLYPH_INVALID_INPUT && (glyph & PANGO_GLYPH_UNKNOWN_FLAG) != 0
                  && g_unichar_validate (glyph & ~PANGO_GLYPH_UNKNOWN_FLAG))
                add_char (check, glyph & ~PANGO_GLYPH_UNKNOWN_FLAG,
                          (GUnicodeScript) run->item->analysis.script);
            }
        }
    }
  if (check->first_text == NULL)
    check->first_text = g_strdup (pango_layout_get_text (layout));
  return TRUE;
}

void
cg_font_check_add_block (CgFontCheck *check,
                         CgBlock     *block)
{
  for (guint i = 0; i < block->parts->len; i++)
    cg_font_check_add_layout (check, g_array_index (block->parts, CgPart, i).layout);
}

gboolean
cg_font_check_has_boxes (CgFontCheck *check,
                         const char  *text)
{
  if (text == NULL || g_hash_table_size (check->chars) == 0)
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_hash_table_contains (check->chars, GUINT_TO_POINTER (g_utf8_get_char (p))))
      return TRUE;
  return FALSE;
}

typedef struct
{
  GUnicodeScript script;
  const char    *name;
} ScriptName;

/* The scripts a workshop is most likely to be written in, by the names people know them by. */
static const ScriptName script_names[] = {
  { G_UNICODE_SCRIPT_HAN, N_("Han (Chinese)") },
  { G_UNICODE_SCRIPT_HIRAGANA, N_("Hiragana (Japanese)") },
  { G_UNICODE_SCRIPT_KATAKANA, N_("Katakana (Japanese)") },
  { G_UNICODE_SCRIPT_BOPOMOFO, N_("Bopomofo (Chinese)") },
  { G_UNICODE_SCRIPT_HANGUL, N_("Hangul (Korean)") },
  { G_UNICODE_SCRIPT_ARABIC, N_("Arabic") },
  { G_UNICODE_SCRIPT_HEBREW, N_("Hebrew") },
  { G_UNICODE_SCRIPT_SYRIAC, N_("Syriac") },
  { G_UNICODE_SCRIPT_THAANA, N_("Thaana (Dhivehi)") },
  { G_UNICODE_SCRIPT_LATIN, N_("Latin") },
  { G_UNICODE_SCRIPT_GREEK, N_("Greek") },
  { G_UNICODE_SCRIPT_CYRILLIC, N_("Cyrillic") },
  { G_UNICODE_SCRIPT_ARMENIAN, N_("Armenian") },
  { G_UNICODE_SCRIPT_GEORGIAN, N_("Georgian") },
  { G_UNICODE_SCRIPT_DEVANAGARI, N_("Devanagari (Hindi, Marathi, Nepali)") },
  { G_UNICODE_SCRIPT_BENGALI, N_("Bengali") },
  { G_UNICODE_SCRIPT_GURMUKHI, N_("Gurmukhi (Punjabi)") },
  { G_UNICODE_SCRIPT_GUJARATI, N_("Gujarati") },
  { G_UNICODE_SCRIPT_ORIYA, N_("Odia") },
  { G_UNICODE_SCRIPT_TAMIL, N_("Tamil") },
  { G_UNICODE_SCRIPT_TELUGU, N_("Telugu") },
  { G_UNICODE_SCRIPT_KANNADA, N_("Kannada") },
  { G_UNICODE_SCRIPT_MALAYALAM, N_("Malayalam") },
  { G_UNICODE_SCRIPT_SINHALA, N_("Sinhala") },
  { G_UNICODE_SCRIPT_THAI, N_("Thai") },
  { G_UNICODE_SCRIPT_LAO, N_("Lao") },
  { G_UNICODE_SCRIPT_KHMER, N_("Khmer") },
  { G_UNICODE_SCRIPT_MYANMAR, N_("Myanmar (Burmese)") },
  { G_UNICODE_SCRIPT_TIBETAN, N_("Tibetan") },
  { G_UNICODE_SCRIPT_ETHIOPIC, N_("Ethiopic (Amharic, Tigrinya)") },
  { G_UNICODE_SCRIPT_COMMON, N_("symbols or emoji") },
  { G_UNICODE_SCRIPT_INHERITED, N_("combining marks") },
  { G_UNICODE_SCRIPT_UNKNOWN, N_("private-use or unassigned characters") },
};

char *
cg_script_dup_name (GUnicodeScript script)
{
  guint32 code;
  char iso[5];

  for (guint i = 0; i < G_N_ELEMENTS (script_names); i++)
    if (script_names[i].script == script)
      return g_strdup (_(script_names[i].name));

  /* Any other: its four-letter ISO 15924 code, such as "Cher" for Cherokee. */
  code = g_unicode_script_to_iso15924 (script);
  iso[0] = (code >> 24) & 0xff;
  iso[1] = (code >> 16) & 0xff;
  iso[2] = (code >> 8) & 0xff;
  iso[3] = code & 0xff;
  iso[4] = '\0';
  /* TRANSLATORS: a writing system without a name of its own here; %s is its ISO 15924 code */
  return g_strdup_printf (_("script %s"), iso);
}

/* “The start of the text…”: one line, set apart for the bidirectional algorithm so a quote in
 * Arabic does not pull the sentence around it out of order. */
static char *
dup_label (const char *text)
{
  g_autoptr(GString) label = g_string_new (NULL);
  g_autofree char *isolated = NULL;
  guint n = 0;
  gboolean space = FALSE;
  const char *p;

  for (p = text; *p != '\0' && n < LABEL_CHARS; p = g_utf8_next_char (p))
    {
      gunichar wc = g_utf8_get_char (p);

      if (g_unichar_isspace (wc))
        {
          space = label->len > 0;
          continue;
        }
      if (space)
        {
          g_string_append_c (label, ' ');
          n++;
        }
      space = FALSE;
      g_string_append_unichar (label, wc);
      n++;
    }
  while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (*p != '\0')
    g_string_append (label, "…");

  isolated = cg_isolate (label->str);
  /* TRANSLATORS: the start of a note, quoted in the warning about missing fonts */
  return g_strdup_printf (_("“%s”"), isolated);
}

char *
cg_font_check_dup_warning (CgFontCheck *check,
                           GPtrArray   *texts)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) scripts = g_string_new (NULL);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autofree char *first = NULL;
  g_autofree char *install = NULL;
  guint n_notes = 0;

  if (g_hash_table_size (check->chars) == 0)
    return NULL;

  for (guint i = 0; i < check->scripts->len; i++)
    {
      g_autofree char *name = cg_script_dup_name (g_array_index (check->scripts, GUnicodeScript,
                                                                 i));

      if (scripts->len > 0)
        /* TRANSLATORS: between the names of scripts in a list */
        g_string_append (scripts, _(", "));
      g_string_append (scripts, name);
    }

  /* Each note's words once, however many times (or under however many ideas) they appear. */
  for (guint i = 0; texts != NULL && i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      g_autofree char *label = NULL;

      if (!cg_font_check_has_boxes (check, text))
        continue;
      if (!g_hash_table_add (seen, (gpointer) text) || ++n_notes > MAX_NOTES)
        continue;
      label = dup_label (text);
      if (notes->len > 0)
        g_string_append (notes, _(", "));
      g_string_append (notes, label);
    }
  if (n_notes > MAX_NOTES)
    {
      g_autofree char *listed = g_string_free (g_steal_pointer (&notes), FALSE);

      notes = g_string_new (NULL);
      /* TRANSLATORS: after the notes quoted in the warning about missing fonts */
      g_string_printf (notes, g_dngettext (GETTEXT_PACKAGE, "%s and %u more", "%s and %u more",
                                           n_notes - MAX_NOTES),
                       listed, n_notes - MAX_NOTES);
    }

  if (n_notes > 0)
    first = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u note has characters no installed font can draw "
                                          "(%s): %s.",
                                          "%u notes have characters no installed font can draw "
                                          "(%s): %s.",
                                          n_notes),
                             n_notes, scripts->str, notes->str);
  else
    {
      g_autofree char *label = dup_label (check->first_text != NULL ? check->first_text : "");

      /* TRANSLATORS: %s: the scripts, %s: the start of the text (a title, a name, a heading) */
      first = g_strdup_printf (_("The summary has characters no installed font can draw (%s), "
                                 "in %s."), scripts->str, label);
    }
  install = g_strdup (g_dngettext (GETTEXT_PACKAGE,
                                   "Install a font for that script, or the summary shows boxes "
                                   "in their place.",
                                   "Install fonts for those scripts, or the summary shows boxes "
                                   "in their place.",
                                   check->scripts->len));
  /* TRANSLATORS: the warning about missing fonts: what is wrong, then what to do */
  return g_strdup_printf (_("%s %s"), first, install);
}

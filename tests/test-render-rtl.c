/* test-render-rtl.c: right to left, an Arabic workshop's summary reads in the right order
 *
 * A small workshop in Arabic (title, two themes, a voice, ideas, one of them long enough to wrap)
 * goes to a PDF, and poppler's pdftotext reads it back. pdftotext puts the glyphs of a line that
 * runs right to left back into logical order (the order the words were typed in), so each text
 * comes back whole only when the summary drew it right to left, its words from the right, its
 * lines top down; text drawn left to right, or glyphs, words or lines out of place, come back
 * reversed or scrambled. The PDF checks are skipped when pdftotext is not installed.
 *
 * The Arabic here has no lam followed by alef (لا, لأ, لإ, لآ), no Arabic comma and no tanween:
 * the summary draws and tags those correctly (the lam-alef ligature carries ActualText "لا"),
 * but pdftotext turns a ligature's letters round when it reorders a right-to-left line ("ال"),
 * and moves the comma and tanween out of their words, which is poppler's reading, not the
 * summary's drawing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-render"

#include "config.h"

#include "cg-test-util.h"

#include <string.h>

#include "render/cg-summary-export.h"

#define TITLE "ورشة التصميم المشترك"
#define EVENT "ورشة مارس"
#define VOICE "تجربة معاشة"
/* the themes, in the workshop's order */
#define FAMILY "التواصل مع العائلة"
#define SAFE "مساحة آمنة"
/* FAMILY's ideas, most votes first */
#define CALL "نريد أن يتصل بنا شخص نعرفه"
#define LETTER "رسالة بلغة واضحة بعد كل زيارة"
/* SAFE's ideas, most votes first; the second wraps over lines */
#define GROUPS "مجموعات يقودها أشخاص مروا بالتجربة"
#define LONG "نريد أن يكون هناك شخص واحد نعرفه يتابع معنا من أول مكالمة حتى نهاية الرعاية " \
             "وأن يشرح لنا كل خطوة بكلمات بسيطة يفهمها الجميع في البيت وفي المدرسة وفي العمل " \
             "دون أن نضطر إلى شرح قصتنا من جديد في كل مرة نتصل فيها بالخدمة"
/* no theme */
#define PARKING "موقف سيارات مجاني للزوار"

typedef CgTestSummary Fixture;

/* The ideas are added least votes first, so the summary's order is its own, not the order they
 * were made in. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  CgWorkshop *workshop = cg_workshop_new (TITLE);
  CgEvent *event = cg_test_add (workshop, cg_event_new (EVENT));
  CgVoice *voice = cg_test_add (workshop, cg_voice_new (VOICE, "#e69f00"));
  CgTheme *family = cg_test_add (workshop, cg_theme_new (FAMILY, "#009e73"));
  CgTheme *safe = cg_test_add (workshop, cg_theme_new (SAFE, "#3584e4"));

  cg_voice_set_attendance (voice, event, 7);
  cg_test_add_idea (workshop, LONG, event, voice, safe, 0);
  cg_test_add_idea (workshop, LETTER, event, voice, family, 1);
  cg_test_add_idea (workshop, GROUPS, event, voice, safe, 2);
  cg_test_add_idea (workshop, CALL, event, voice, family, 3);
  cg_test_add_idea (workshop, PARKING, event, voice, NULL, 0);
  cg_test_summary_set_up (fixture, workshop);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cg_test_summary_tear_down (fixture);
}

/* Whether @c is one of the invisible marks pdftotext puts round a run of right-to-left text
 * (U+202A..U+202E embeddings and overrides, U+2066..U+2069 isolates, U+200E/U+200F marks). */
static gboolean
is_bidi_mark (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
         c == 0x200F;
}

/* @text without pdftotext's direction marks, and with every run of white space made one space
 * (@keep_lines: every run with a line break in it made one line break). */
static char *
clean (const char *text,
       gboolean    keep_lines)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;
  gboolean line = FALSE;

  g_assert_true (g_utf8_validate (text, -1, NULL));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_bidi_mark (c))
        continue;
      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          line |= c == '\n' || c == '\f';
          continue;
        }
      if (space)
        g_string_append_c (out, keep_lines && line ? '\n' : ' ');
      g_string_append_unichar (out, c);
      space = line = FALSE;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Fails unless @needle is in @haystack exactly once; returns where. */
static const char *
find_once (const char *haystack,
           const char *needle)
{
  const char *at = strstr (haystack, needle);
  g_autofree char *reversed = g_utf8_strreverse (needle, -1);

  if (at == NULL)
    g_error ("“%s” is not whole in the summary (%s):\n%s", needle,
             strstr (haystack, reversed) != NULL ? "it is there reversed" : "nor reversed",
             haystack);
  g_assert_cmpuint (cg_test_count_in (haystack, needle), ==, 1);
  return at;
}

/* Fails unless each of the NULL-terminated texts is in @section once, in that order. */
static void
assert_in_order (const char *section,
                 ...)
{
  const char *previous = NULL;
  const char *previous_at = section;
  const char *needle;
  va_list args;

  va_start (args, section);
  while ((needle = va_arg (args, const char *)) != NULL)
    {
      const char *at = find_once (section, needle);

      if (at < previous_at)
        g_error ("“%s” comes before “%s” in the summary:\n%s", needle, previous, section);
      previous = needle;
      previous_at = at;
    }
  va_end (args);
}

static void
test_pdf_reading_order (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "arabic.pdf", NULL);
  g_autofree char *warning = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autofree char *lines = NULL;
  g_autofree char *said = NULL;
  g_autofree char *voices = NULL;
  g_autofree char *long_start = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cg_summary_export (fixture->workshop, fixture->options, "pdf", path, &warning,
                                    &error));
  g_assert_no_error (error);
  /* DejaVu Sans draws Arabic: the package that has it is fonts-dejavu-core (Debian) */
  if (warning != NULL)
    g_error ("the summary would show boxes: %s (Arabic needs fonts-dejavu-core)", warning);
  raw = cg_test_pdf_text (path);
  if (raw == NULL)
    return;
  text = clean (raw, FALSE);
  lines = clean (raw, TRUE);
  g_test_message ("pdftotext:\n%s", lines);

  /* the title, as the cover's heading and each page's running head, whole */
  g_assert_cmpuint (cg_test_count_in (text, TITLE), >=, 2);

  /* What people said: each theme's heading, then its ideas, most votes first, each one whole;
   * the long idea read line after line from the top, its words in order across the breaks */
  said = cg_test_dup_section (text, "What people said", "Whose voices were heard");
  assert_in_order (said, FAMILY, CALL, LETTER, SAFE, GROUPS, LONG, NULL);
  find_once (said, PARKING);
  g_assert_cmpuint (cg_test_count_in (said, VOICE), ==, 5); /* under each idea */
  /* (it did wrap: its first words are at the start of a line the rest is not on) */
  long_start = g_strndup (LONG, strstr (LONG, " حتى") - LONG);
  g_assert_null (strstr (lines, LONG));
  g_assert_nonnull (strstr (lines, long_start));

  /* Whose voices were heard: the voice, and the themes of the table in the workshop's order */
  voices = cg_test_dup_section (text, "Whose voices were heard", NULL);
  assert_in_order (voices, VOICE ": 100% of ideas (5 ideas)", FAMILY, SAFE, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/render/rtl/pdf-reading-order", Fixture, NULL, fixture_set_up,
              test_pdf_reading_order, fixture_tear_down);

  return g_test_run ();
}

/* cg-summary-options.c: the summary's options and the paper it is set on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-render"

#include "config.h"

#include <string.h>

#include "cg-summary.h"

/* Countries whose locales default to US Letter; everywhere else uses A4. */
static const char * const letter_countries[] = {
  "US", "CA", "MX", "CL", "CO", "CR", "DO", "GT", "NI", "PA", "PH", "PR", "SV", "VE", NULL
};

CgPaper
cg_paper_for_locale (const char *locale)
{
  const char *start, *end;
  g_autofree char *country = NULL;

  if (locale == NULL || (start = strchr (locale, '_')) == NULL)
    return CG_PAPER_A4;

  start++;
  end = start + strcspn (start, ".@");
  country = g_ascii_strup (start, end - start);

  return g_strv_contains (letter_countries, country) ? CG_PAPER_LETTER : CG_PAPER_A4;
}

CgPaper
cg_paper_get_default (void)
{
  static const char * const variables[] = { "LC_ALL", "LC_PAPER", "LANG" };

  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      const char *value = g_getenv (variables[i]);

      if (value != NULL && *value != '\0')
        return cg_paper_for_locale (value);
    }

  return CG_PAPER_A4;
}

void
cg_paper_get_size (CgPaper paper,
                   double *width,
                   double *height)
{
  /* A4 is 210 x 297 mm; Letter 8.5 x 11 in. */
  double w = paper == CG_PAPER_LETTER ? 612.0 : 210.0 / 25.4 * 72.0;
  double h = paper == CG_PAPER_LETTER ? 792.0 : 297.0 / 25.4 * 72.0;

  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

gboolean
cg_paper_from_nick (const char *nick,
                    CgPaper    *paper)
{
  CgPaper value;

  if (nick == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (nick, "a4") == 0)
    value = CG_PAPER_A4;
  else if (g_ascii_strcasecmp (nick, "letter") == 0)
    value = CG_PAPER_LETTER;
  else
    return FALSE;

  if (paper != NULL)
    *paper = value;
  return TRUE;
}

const char *
cg_paper_to_nick (CgPaper paper)
{
  return paper == CG_PAPER_LETTER ? "letter" : "a4";
}

CgSummaryOptions *
cg_summary_options_new (void)
{
  CgSummaryOptions *options = g_new0 (CgSummaryOptions, 1);

  options->paper = cg_paper_get_default ();
  return options;
}

CgSummaryOptions *
cg_summary_options_copy (const CgSummaryOptions *options)
{
  CgSummaryOptions *copy;

  g_return_val_if_fail (options != NULL, NULL);

  copy = g_memdup2 (options, sizeof *options);
  if (copy->event != NULL)
    g_object_ref (copy->event);
  return copy;
}

void
cg_summary_options_free (CgSummaryOptions *options)
{
  if (options == NULL)
    return;
  g_clear_object (&options->event);
  g_free (options);
}

void
cg_summary_options_set_event (CgSummaryOptions *options,
                              CgEvent          *event)
{
  g_return_if_fail (options != NULL);
  g_return_if_fail (event == NULL || CG_IS_EVENT (event));

  g_set_object (&options->event, event);
}

G_DEFINE_BOXED_TYPE (CgSummaryOptions, cg_summary_options,
                     cg_summary_options_copy, cg_summary_options_free)

/* cg-templates.h: theme sets from the recovery and co-design frameworks facilitators use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-workshop.h"

G_BEGIN_DECLS

typedef struct
{
  const char *name;        /* translatable, marked with N_() */
  const char *description; /* translatable, marked with N_(), may be NULL */
} CgTemplateTheme;

typedef struct
{
  const char            *id;      /* stable, ASCII: "dundee", "chime", ... */
  const char            *name;    /* translatable, marked with N_() */
  const char            *source;  /* where it comes from, translatable, marked with N_() */
  const CgTemplateTheme *themes;  /* terminated by an entry whose name is NULL */
  const char            *workshop_title; /* a new workshop's title, translatable, marked with
                                          * N_(); "%s" is its date */
} CgTemplate;

guint             cg_templates_get_n_templates (void);
const CgTemplate *cg_templates_get_nth (guint n);  /* (transfer none) */
const CgTemplate *cg_templates_lookup  (const char *id);  /* (transfer none) (nullable) */
guint             cg_template_get_n_themes (const CgTemplate *self);
/* Appends the template's themes (translated, with colours from a fixed palette) as one undo step. */
void              cg_templates_apply (const CgTemplate *self, CgWorkshop *workshop);
/* The title a new workshop gets from its template (NULL: none) and the day it is made (NULL:
 * today): "CHIME workshop, 4 December 2026", or "Co-design workshop, 4 December 2026".
 * Returns: (transfer full). */
char             *cg_template_dup_workshop_title (const CgTemplate *self, GDateTime *day);

/* Appends the usual participant groups (lived experience, family and carers, staff and
 * practitioners, community and third sector) as one undo step: a new workshop starts with them. */
void              cg_templates_add_standard_voices (CgWorkshop *workshop);

G_END_DECLS

/* cg-idea-versions.c: which of two versions of an idea was edited from the other
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <string.h>

#include "cg-idea-versions.h"

static const char *
id_or_empty (gpointer object)
{
  return object != NULL ? cg_object_get_id (CG_OBJECT (object)) : "";
}

void
cg_idea_version (CgIdea *self,
                 char    version[CG_IDEA_VERSION_LEN + 1])
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  const char *carried_from = cg_idea_get_carried_from (self);
  const char *fields[] = {
    cg_idea_get_text (self), id_or_empty (cg_idea_get_event (self)),
    id_or_empty (cg_idea_get_theme (self)), id_or_empty (cg_idea_get_voice (self)),
    carried_from != NULL ? carried_from : "",
  };
  char flags[64];

  /* normalised text and ids hold no U+001F, so the fields cannot run into each other */
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_checksum_update (checksum, (const guchar *) fields[i], strlen (fields[i]));
      g_checksum_update (checksum, (const guchar *) "\x1f", 1);
    }
  g_snprintf (flags, sizeof flags, "%d\x1f%d\x1f%d\x1f%d", (int) cg_idea_get_kind (self),
              (int) cg_idea_get_status (self), cg_idea_get_private (self),
              cg_idea_get_beyond_service (self));
  g_checksum_update (checksum, (const guchar *) flags, strlen (flags));
  memcpy (version, g_checksum_get_string (checksum), CG_IDEA_VERSION_LEN);
  version[CG_IDEA_VERSION_LEN] = '\0';
}

static gboolean
is_version (const char *word,
            gsize       length)
{
  if (length != CG_IDEA_VERSION_LEN)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (word[i]) && (word[i] < 'a' || word[i] > 'f'))
      return FALSE;
  return TRUE;
}

gboolean
cg_idea_edited_from_is_valid (const char *versions)
{
  guint n = 0;

  g_return_val_if_fail (versions != NULL, FALSE);

  for (const char *word = versions;; word += CG_IDEA_VERSION_LEN + 1)
    {
      const char *end = strchr (word, ' ');
      gsize length = end != NULL ? (gsize) (end - word) : strlen (word);

      if (!is_version (word, length) || ++n > CG_IDEA_MAX_EDITED_FROM)
        return FALSE;
      if (end == NULL)
        return TRUE;
    }
}

/* A list of versions, newest first, as an array of pointers to its words (not ended). */
typedef struct
{
  const char *at[CG_IDEA_MAX_EDITED_FROM];
  guint       n;
} Versions;

static void
split (const char *list,
       Versions   *versions)
{
  versions->n = 0;
  for (const char *word = list; word != NULL && *word != '\0' &&
       versions->n < CG_IDEA_MAX_EDITED_FROM; versions->n++)
    {
      versions->at[versions->n] = word;
      word = word[CG_IDEA_VERSION_LEN] == ' ' ? word + CG_IDEA_VERSION_LEN + 1 : NULL;
    }
}

static gboolean
same_version (const char *a,
              const char *b)
{
  return strncmp (a, b, CG_IDEA_VERSION_LEN) == 0;
}

void
cg_idea_versions_before_change (CgIdea *self)
{
  CgIdeaVersions *versions = cg_idea_get_versions (self);

  /* the version a file held is worked out when first needed: now, before it is gone */
  if (versions->in_file && !versions->changed && versions->saved[0] == '\0')
    cg_idea_version (self, versions->saved);
}

void
cg_idea_versions_after_change (CgIdea *self)
{
  CgIdeaVersions *versions = cg_idea_get_versions (self);

  versions->changed = versions->in_file;
}

void
cg_idea_versions_read (CgIdea     *self,
                       const char *edited_from)
{
  CgIdeaVersions *versions = cg_idea_get_versions (self);

  g_return_if_fail (edited_from == NULL || cg_idea_edited_from_is_valid (edited_from));

  g_free (versions->edited_from);
  versions->edited_from = g_strdup (edited_from);
  versions->saved[0] = '\0';
  versions->in_file = TRUE;
  versions->changed = FALSE;
}

/* The version @self holds now, into @now, and whether it is not the one a file held before. */
static gboolean
moved_on (CgIdea *self,
          char    now[CG_IDEA_VERSION_LEN + 1])
{
  CgIdeaVersions *versions = cg_idea_get_versions (self);

  if (!versions->changed)
    return FALSE;
  cg_idea_version (self, now);
  return versions->saved[0] != '\0' && strcmp (now, versions->saved) != 0;
}

/* @version, then the newest of @list while there is room. Returns: (transfer full). */
static char *
push (const char *version,
      const char *list)
{
  Versions older;
  GString *pushed = g_string_new (version);

  split (list, &older);
  for (guint i = 0; i + 1 < CG_IDEA_MAX_EDITED_FROM && i < older.n; i++)
    {
      g_string_append_c (pushed, ' ');
      g_string_append_len (pushed, older.at[i], CG_IDEA_VERSION_LEN);
    }
  return g_string_free (pushed, FALSE);
}

char *
cg_idea_versions_dup_to_write (CgIdea *self)
{
  CgIdeaVersions *versions = cg_idea_get_versions (self);
  char now[CG_IDEA_VERSION_LEN + 1];

  if (!moved_on (self, now))
    return g_strdup (versions->edited_from);
  return push (versions->saved, versions->edited_from);
}

gboolean
cg_idea_versions_will_write (CgIdea *self)
{
  char now[CG_IDEA_VERSION_LEN + 1];

  return cg_idea_get_versions (self)->edited_from != NULL || moved_on (self, now);
}

void
cg_idea_versions_saved (CgIdea *self)
{
  CgIdeaVersions *versions = cg_idea_get_versions (self);
  char now[CG_IDEA_VERSION_LEN + 1];

  if (moved_on (self, now))
    {
      char *pushed = push (versions->saved, versions->edited_from);

      g_free (versions->edited_from);
      versions->edited_from = pushed;
    }
  if (versions->changed)
    memcpy (versions->saved, now, sizeof now);
  versions->in_file = TRUE;
  versions->changed = FALSE;
}

void
cg_idea_versions_saved_all (GListModel *ideas)
{
  for (guint i = 0, n = g_list_model_get_n_items (ideas); i < n; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      cg_idea_versions_saved (idea);
    }
}

const char *
cg_idea_get_edited_from (CgIdea *self)
{
  return cg_idea_get_versions (self)->edited_from;
}

/* Whether a version @later, edited from @later_from, was edited from the version @earlier, which
 * was edited from @earlier_from (lists as cg_idea_versions_dup_to_write gives): @earlier is in
 * @later_from, and what came before it there is @earlier_from, as far as both go. Where
 * @earlier_from goes further, the other list must be full (its oldest versions dropped): else
 * @earlier went on from a version @later never had. So an idea that went back to a version it
 * had before (an undo after a save) is told from one that never left it. */
static gboolean
is_later (const char *later_from,
          const char *earlier,
          const char *earlier_from)
{
  Versions later, before;
  guint at = 0;

  split (later_from, &later);
  split (earlier_from, &before);
  while (at < later.n && !same_version (later.at[at], earlier))
    at++;
  if (at == later.n)
    return FALSE;
  for (guint i = 0; i < before.n; i++)
    {
      if (at + 1 + i >= later.n)
        return later.n == CG_IDEA_MAX_EDITED_FROM;
      if (!same_version (later.at[at + 1 + i], before.at[i]))
        return FALSE;
    }
  return TRUE;
}

CgVersionOrder
cg_idea_compare_versions (CgIdea *self,
                          CgIdea *other)
{
  char mine[CG_IDEA_VERSION_LEN + 1];
  char theirs[CG_IDEA_VERSION_LEN + 1];
  g_autofree char *mine_from = NULL;
  g_autofree char *theirs_from = NULL;
  gboolean older, newer;

  g_return_val_if_fail (CG_IS_IDEA (self), CG_VERSIONS_APART);
  g_return_val_if_fail (CG_IS_IDEA (other), CG_VERSIONS_APART);

  cg_idea_version (self, mine);
  cg_idea_version (other, theirs);
  if (strcmp (mine, theirs) == 0)
    return CG_VERSIONS_SAME;
  mine_from = cg_idea_versions_dup_to_write (self);
  theirs_from = cg_idea_versions_dup_to_write (other);
  older = is_later (theirs_from, mine, mine_from);
  newer = is_later (mine_from, theirs, theirs_from);
  if (older == newer)
    return CG_VERSIONS_APART;
  return older ? CG_VERSIONS_OLDER : CG_VERSIONS_NEWER;
}

void
cg_idea_versions_take (CgIdea *self,
                       CgIdea *other)
{
  CgIdeaVersions *versions;

  g_return_if_fail (CG_IS_IDEA (self));
  g_return_if_fail (CG_IS_IDEA (other));

  versions = cg_idea_get_versions (self);
  g_free (versions->edited_from);
  versions->edited_from = cg_idea_versions_dup_to_write (other);
  cg_idea_version (self, versions->saved);
  versions->changed = FALSE;
  versions->in_file = versions->in_file || cg_idea_get_versions (other)->in_file;
}

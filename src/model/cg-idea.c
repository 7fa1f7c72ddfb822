/* cg-idea.c: one note captured in a workshop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include "cg-idea.h"
#include "cg-idea-versions.h"
#include "cg-object-private.h"
#include "cg-tally.h"
#include "cg-text.h"

struct _CgIdea
{
  CgObject   parent_instance;

  char      *text;
  char      *carried_from;
  CgEvent   *event;
  CgTheme   *theme;
  CgVoice   *voice;
  int        kind;
  int        status;
  int        private_;
  int        beyond_service;
  int        needs_review;
  GVariant  *votes; /* a{su}, or NULL */
  GDateTime *created;
  char      *laptop;  /* the name of the laptop that captured it, or NULL */
  CgIdeaVersions versions;  /* cg-idea-versions.h */
};

G_DEFINE_FINAL_TYPE (CgIdea, cg_idea, CG_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_CARRIED_FROM,
  PROP_EVENT,
  PROP_THEME,
  PROP_VOICE,
  PROP_KIND,
  PROP_STATUS,
  PROP_PRIVATE,
  PROP_BEYOND_SERVICE,
  PROP_NEEDS_REVIEW,
  PROP_VOTES,
  PROP_CREATED,
  PROP_LAPTOP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Changes a field of the content (what cg_idea_version covers) with @change, an expression that
 * says whether the field changed, so that an idea in a workshop knows what it was edited from
 * (cg-idea-versions.h). */
#define CHANGE_CONTENT(self, change)                                         \
  G_STMT_START {                                                             \
    gboolean tracked_ = cg_object_get_history (CG_OBJECT (self)) != NULL;    \
    if (tracked_)                                                            \
      cg_idea_versions_before_change (self);                                 \
    if ((change) && tracked_)                                                \
      cg_idea_versions_after_change (self);                                  \
  } G_STMT_END

/* The laptop new ideas record (cg_idea_set_capturing_laptop): one per process, like the
 * clock that gives their created time. */
G_LOCK_DEFINE_STATIC (capturing);
static char *capturing_laptop;

static void
cg_idea_dispose (GObject *object)
{
  CgIdea *self = CG_IDEA (object);

  g_clear_object (&self->event);
  g_clear_object (&self->theme);
  g_clear_object (&self->voice);

  G_OBJECT_CLASS (cg_idea_parent_class)->dispose (object);
}

static void
cg_idea_finalize (GObject *object)
{
  CgIdea *self = CG_IDEA (object);

  g_free (self->text);
  g_free (self->carried_from);
  g_clear_pointer (&self->votes, g_variant_unref);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_free (self->laptop);
  g_free (self->versions.edited_from);

  G_OBJECT_CLASS (cg_idea_parent_class)->finalize (object);
}

static void
cg_idea_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  CgIdea *self = CG_IDEA (object);

  switch (prop_id)
    {
    case PROP_TEXT: g_value_set_string (value, self->text); break;
    case PROP_CARRIED_FROM: g_value_set_string (value, self->carried_from); break;
    case PROP_EVENT: g_value_set_object (value, self->event); break;
    case PROP_THEME: g_value_set_object (value, self->theme); break;
    case PROP_VOICE: g_value_set_object (value, self->voice); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_STATUS: g_value_set_enum (value, self->status); break;
    case PROP_PRIVATE: g_value_set_boolean (value, self->private_); break;
    case PROP_BEYOND_SERVICE: g_value_set_boolean (value, self->beyond_service); break;
    case PROP_NEEDS_REVIEW: g_value_set_boolean (value, self->needs_review); break;
    case PROP_VOTES: g_value_set_variant (value, self->votes); break;
    case PROP_CREATED: g_value_set_boxed (value, self->created); break;
    case PROP_LAPTOP: g_value_set_string (value, self->laptop); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_idea_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  CgIdea *self = CG_IDEA (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      cg_idea_set_text (self, g_value_get_string (value));
      break;
    case PROP_CARRIED_FROM:
      cg_idea_set_carried_from (self, g_value_get_string (value));
      break;
    case PROP_EVENT:
      cg_idea_set_event (self, g_value_get_object (value));
      break;
    case PROP_THEME:
      cg_idea_set_theme (self, g_value_get_object (value));
      break;
    case PROP_VOICE:
      cg_idea_set_voice (self, g_value_get_object (value));
      break;
    case PROP_KIND:
      cg_idea_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_STATUS:
      cg_idea_set_status (self, g_value_get_enum (value));
      break;
    case PROP_PRIVATE:
      cg_idea_set_private (self, g_value_get_boolean (value));
      break;
    case PROP_BEYOND_SERVICE:
      cg_idea_set_beyond_service (self, g_value_get_boolean (value));
      break;
    case PROP_NEEDS_REVIEW:
      cg_idea_set_needs_review (self, g_value_get_boolean (value));
      break;
    case PROP_VOTES:
      cg_object_change_variant (CG_OBJECT (self), pspec, &self->votes, g_value_get_variant (value));
      break;
    case PROP_CREATED:
      cg_idea_set_created (self, g_value_get_boxed (value));
      break;
    case PROP_LAPTOP:
      cg_idea_set_laptop (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_idea_class_init (CgIdeaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = cg_idea_dispose;
  object_class->finalize = cg_idea_finalize;
  object_class->get_property = cg_idea_get_property;
  object_class->set_property = cg_idea_set_property;

  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_CARRIED_FROM] = g_param_spec_string ("carried-from", NULL, NULL, NULL, flags);
  properties[PROP_EVENT] = g_param_spec_object ("event", NULL, NULL, CG_TYPE_EVENT, flags);
  properties[PROP_THEME] = g_param_spec_object ("theme", NULL, NULL, CG_TYPE_THEME, flags);
  properties[PROP_VOICE] = g_param_spec_object ("voice", NULL, NULL, CG_TYPE_VOICE, flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CG_TYPE_IDEA_KIND, CG_IDEA_KIND_IDEA, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CG_TYPE_IDEA_STATUS, CG_IDEA_STATUS_OPEN, flags);
  properties[PROP_PRIVATE] = g_param_spec_boolean ("private", NULL, NULL, FALSE, flags);
  properties[PROP_BEYOND_SERVICE] =
    g_param_spec_boolean ("beyond-service", NULL, NULL, FALSE, flags);
  properties[PROP_NEEDS_REVIEW] =
    g_param_spec_boolean ("needs-review", NULL, NULL, FALSE, flags);
  properties[PROP_VOTES] = g_param_spec_variant ("votes", NULL, NULL, CG_TALLY_TYPE, NULL, flags);
  properties[PROP_CREATED] = g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_LAPTOP] = g_param_spec_string ("laptop", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_idea_init (CgIdea *self)
{
  self->created = g_date_time_new_from_unix_utc (g_get_real_time () / G_USEC_PER_SEC);
  self->text = g_strdup ("");
}

CgIdea *
cg_idea_new (const char *text)
{
  CgIdea *self = g_object_new (CG_TYPE_IDEA, NULL);

  cg_idea_set_text (self, text);
  G_LOCK (capturing);
  self->laptop = g_strdup (capturing_laptop);
  G_UNLOCK (capturing);
  return self;
}

const char *
cg_idea_get_text (CgIdea *self)
{
  g_return_val_if_fail (CG_IS_IDEA (self), NULL);
  return self->text;
}

void
cg_idea_set_text (CgIdea     *self,
                  const char *text)
{
  g_autofree char *normal = NULL;

  g_return_if_fail (CG_IS_IDEA (self));

  normal = cg_text_normalize (text ? text : "", CG_IDEA_MAX_TEXT);
  CHANGE_CONTENT (self, cg_object_change_string (CG_OBJECT (self), properties[PROP_TEXT],
                                                 &self->text, normal));
}

CgEvent *
cg_idea_get_event (CgIdea *self)
{
  g_return_val_if_fail (CG_IS_IDEA (self), NULL);
  return self->event;
}

void
cg_idea_set_event (CgIdea  *self,
                   CgEvent *event)
{
  g_return_if_fail (CG_IS_IDEA (self));
  g_return_if_fail (event == NULL || CG_IS_EVENT (event));
  CHANGE_CONTENT (self, cg_object_change_object (CG_OBJECT (self), properties[PROP_EVENT],
                                                 (gpointer *) &self->event, event));
}

CgTheme *
cg_idea_get_theme (CgIdea *self)
{
  g_return_val_if_fail (CG_IS_IDEA (self), NULL);
  return self->theme;
}

void
cg_idea_set_theme (CgIdea  *self,
                   CgTheme *theme)
{
  g_return_if_fail (CG_IS_IDEA (self));
  g_return_if_fail (theme == NULL || CG_IS_THEME (theme));
  CHANGE_CONTENT (self, cg_object_change_object (CG_OBJECT (self), properties[PROP_THEME],
                                                 (gpointer *) &self->theme, theme));
}

CgVoice *
cg_idea_get_voice (CgIdea *self)
{
  g_return_val_if_fail (CG_IS_IDEA (self), NULL);
  return self->voice;
}

void
cg_idea_set_voice (CgIdea  *self,
                   CgVoice *voice)
{
  g_return_if_fail (CG_IS_IDEA (self));
  g_return_if_fail (voice == NULL || CG_IS_VOICE (voice));
  CHANGE_CONTENT (self, cg_object_change_object (CG_OBJECT (self), properties[PROP_VOICE],
                                                 (gpointer *) &self->voice, voice));
}

CgIdeaKind
cg_idea_get_kind (CgIdea *self)
{
  g_return_val_if_fail (CG_IS_IDEA (self), CG_IDEA_KIND_IDEA);
  return self->kind;
}

void
cg_idea_set_kind (CgIdea     *self,
                  CgIdeaKind  kind)
{
  g_return_if_fail (CG_IS_IDEA (self));
  g_return_if_fail (kind <= CG_IDEA_KIND_LAST);
  CHANGE_CONTENT (self, cg_object_change_int (CG_OBJECT (self), properties[PROP_KIND],
                                              &self->kind, kind));
}

CgIdeaStatus
cg_idea_get_status (CgIdea *self)
{
  g_return_val_if_fail (CG_IS_IDEA (self), CG_IDEA_STATUS_OPEN);
  return self->status;
}

void
cg_idea_set_status (CgIdea       *self,
                    CgIdeaStatus  status)
{
  g_return_if_fail (CG_IS_IDEA (self));
  g_return_if_fail (status <= CG_IDEA_STATUS_CLOSED);
  CHANGE_CONTENT (self, cg_object_change_int (CG_OBJECT (self), properties[PROP_STATUS],
                                              &self->status, status));
}

gboolean
cg_idea_get_private (CgIdea *self)
{
  g_return_val_if_fail (CG_IS_IDEA (self), FALSE);
  return self->private_;
}

void
cg_idea_set_private (CgIdea   *self,
                     gboolean  private_)
{
  g_return_if_fail (CG_IS_IDEA (self));
  CHANGE_CONTENT (self, cg_object_change_int (CG_OBJECT (self), properties[PROP_PRIVATE],
                                              &self->private_, !!private_));
}

gboolean
cg_idea_get_beyond_service (CgIdea *self)
{
  g_return_val_if_fail (CG_IS_IDEA (self), FALSE);
  return self->beyond_service;
}

void
cg_idea_set_beyond_service (CgIdea   *self,
                            gboolean  beyond_service)
{
  g_return_if_fail (CG_IS_IDEA (self));
  CHANGE_CONTENT (self, cg_object_change_int (CG_OBJECT (self), properties[PROP_BEYOND_SERVICE],
                                              &self->beyond_service, !!beyond_service));
}

gboolean
cg_idea_get_needs_review (CgIdea *self)
{
  g_return_val_if_fail (CG_IS_IDEA (self), FALSE);
  return self->needs_review;
}

void
cg_idea_set_needs_review (CgIdea   *self,
                          gboolean  needs_review)
{
  g_return_if_fail (CG_IS_IDEA (self));
  cg_object_change_int (CG_OBJECT (self), properties[PROP_NEEDS_REVIEW], &self->needs_review,
                        !!needs_review);
}

guint
cg_idea_get_votes (CgIdea  *self,
                   CgEvent *event)
{
  g_return_val_if_fail (CG_IS_IDEA (self), 0);
  g_return_val_if_fail (CG_IS_EVENT (event), 0);
  return cg_tally_get (self->votes, cg_object_get_id (CG_OBJECT (event)));
}

void
cg_idea_set_votes (CgIdea  *self,
                   CgEvent *event,
                   guint    votes)
{
  GVariant *tally;

  g_return_if_fail (CG_IS_IDEA (self));
  g_return_if_fail (CG_IS_EVENT (event));

  tally = cg_tally_set (self->votes, cg_object_get_id (CG_OBJECT (event)), votes);
  cg_object_change_variant (CG_OBJECT (self), properties[PROP_VOTES], &self->votes, tally);
}

guint
cg_idea_get_total_votes (CgIdea *self)
{
  g_return_val_if_fail (CG_IS_IDEA (self), 0);
  return cg_tally_total (self->votes);
}

GDateTime *
cg_idea_get_created (CgIdea *self)
{
  g_return_val_if_fail (CG_IS_IDEA (self), NULL);
  return self->created;
}

void
cg_idea_set_created (CgIdea    *self,
                     GDateTime *created)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_if_fail (CG_IS_IDEA (self));
  g_return_if_fail (created != NULL);

  /* UTC, whole seconds: what a file holds */
  utc = g_date_time_new_from_unix_utc (g_date_time_to_unix (created));
  cg_object_change_datetime (CG_OBJECT (self), properties[PROP_CREATED], &self->created, utc);
}

const char *
cg_idea_get_carried_from (CgIdea *self)
{
  g_return_val_if_fail (CG_IS_IDEA (self), NULL);
  return self->carried_from;
}

void
cg_idea_set_carried_from (CgIdea     *self,
                          const char *idea_id)
{
  g_return_if_fail (CG_IS_IDEA (self));
  g_return_if_fail (idea_id == NULL || cg_text_is_valid_id (idea_id));
  CHANGE_CONTENT (self, cg_object_change_string (CG_OBJECT (self), properties[PROP_CARRIED_FROM],
                                                 &self->carried_from, idea_id));
}

const char *
cg_idea_get_laptop (CgIdea *self)
{
  g_return_val_if_fail (CG_IS_IDEA (self), NULL);
  return self->laptop;
}

/* A laptop's name as a file keeps it: one line, no white space at either end, at most
 * CG_IDEA_MAX_LAPTOP characters; NULL when nothing is left. */
char *
cg_idea_normalize_laptop (const char *name)
{
  g_autofree char *normal = NULL;

  if (name == NULL)
    return NULL;
  normal = cg_text_normalize (name, 0);
  g_strdelimit (normal, "\t\n", ' ');
  g_strstrip (normal);
  if (g_utf8_strlen (normal, -1) > CG_IDEA_MAX_LAPTOP)
    *g_utf8_offset_to_pointer (normal, CG_IDEA_MAX_LAPTOP) = '\0';
  g_strchomp (normal);
  return *normal != '\0' ? g_steal_pointer (&normal) : NULL;
}

void
cg_idea_set_laptop (CgIdea     *self,
                    const char *laptop)
{
  g_autofree char *normal = NULL;

  g_return_if_fail (CG_IS_IDEA (self));

  normal = cg_idea_normalize_laptop (laptop);
  cg_object_change_string (CG_OBJECT (self), properties[PROP_LAPTOP], &self->laptop, normal);
}

void
cg_idea_set_capturing_laptop (const char *laptop)
{
  g_autofree char *normal = cg_idea_normalize_laptop (laptop);

  G_LOCK (capturing);
  g_free (capturing_laptop);
  capturing_laptop = g_steal_pointer (&normal);
  G_UNLOCK (capturing);
}

char *
cg_idea_dup_capturing_laptop (void)
{
  char *laptop;

  G_LOCK (capturing);
  laptop = g_strdup (capturing_laptop);
  G_UNLOCK (capturing);
  return laptop;
}

CgIdeaVersions *
cg_idea_get_versions (CgIdea *self)
{
  g_return_val_if_fail (CG_IS_IDEA (self), NULL);
  return &self->versions;
}

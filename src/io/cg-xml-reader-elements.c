/* cg-xml-reader-elements.c: reading each element of a workshop file into its object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "io/cg-xml-reader-private.h"
#include "model/cg-idea-versions.h"
#include "model/cg-text.h"
#include "model/cg-workshop-private.h"

/* An empty element that refers to another object: <attendance event="" count="">,
 * <votes event="" count=""> and an action's <idea ref="">. */
static gboolean
read_link (Loader     *self,
           const char *element,
           RefKind     kind,
           gpointer    owner)
{
  static const char * const tally_names[] = { "event", "count", NULL };
  static const char * const ref_names[] = { "ref", NULL };
  gboolean tally = kind != REF_ACTION_IDEA;
  const char * const *names = tally ? tally_names : ref_names;
  g_auto(Attrs) attrs = ATTRS_INIT;
  guint count = 0;

  if (!cg_xml_read_known_attributes (self, element, names, &attrs))
    return FALSE;

  if (attrs.values[0] == NULL)
    {
      g_autofree char *what = cg_xml_describe_current (self);

      return fail (self, CG_IO_ERROR_INVALID, _("<%s> of %s has no %s"),
                   element, what, names[0]);
    }

  if (tally && (count = cg_xml_parse_count (self, element, attrs.values[1])) == 0)
    return FALSE;

  return cg_xml_add_ref (self, kind, names[0], owner, attrs.values[0], count) &&
         cg_xml_read_no_children (self, element);
}

gboolean
cg_xml_read_child (Loader          *self,
                   const ChildSpec *spec,
                   gpointer         object)
{
  const char *text;

  if (spec->read != NULL)
    return spec->read (self, object);
  if (spec->set_text == NULL)
    return read_link (self, spec->name, spec->link, object);

  text = cg_xml_read_text (self);
  if (text == NULL)
    return FALSE;
  spec->set_text (object, text);

  return TRUE;
}

static gboolean
read_event (Loader  *self,
            gpointer unused)
{
  static const char * const names[] = { "id", "date", NULL };
  static const ChildSpec children[] = {
    { "title", CHILD_REQUIRED, (SetTextFunc) cg_event_set_title },
    { "place", 0, (SetTextFunc) cg_event_set_place },
    { "notes", 0, (SetTextFunc) cg_event_set_notes },
  };
  g_auto(Attrs) attrs = ATTRS_INIT;
  int line = self->line;
  CgEvent *event;

  self->noun = "event";
  if (!cg_xml_read_known_attributes (self, "event", names, &attrs))
    return FALSE;

  event = cg_xml_create_object (self, CG_TYPE_EVENT, self->objects[EVENTS], attrs.values[0]);
  if (event == NULL || !cg_xml_check_date (self, attrs.values[1]))
    return FALSE;
  if (attrs.values[1] != NULL)
    cg_event_set_date (event, attrs.values[1]);

  return cg_xml_read_children (self, "event", children, G_N_ELEMENTS (children), line, event);
}

/* A voice or a theme, whose first attributes are its id and its colour. */
static gpointer
create_coloured (Loader *self,
                 GType   type,
                 guint   collection,
                 Attrs  *attrs)
{
  g_autofree char *colour = NULL;
  gpointer object = cg_xml_create_object (self, type, self->objects[collection], attrs->values[0]);

  if (object == NULL || !cg_xml_parse_colour (self, attrs->values[1], &colour))
    return NULL;
  if (colour != NULL)
    g_object_set (object, "colour", colour, NULL);

  return object;
}

static gboolean
read_voice (Loader  *self,
            gpointer unused)
{
  static const char * const names[] = { "id", "colour", NULL };
  static const ChildSpec children[] = {
    { "name", CHILD_REQUIRED, (SetTextFunc) cg_voice_set_name },
    { "attendance", CHILD_REPEAT, NULL, NULL, REF_ATTENDANCE },
  };
  g_auto(Attrs) attrs = ATTRS_INIT;
  int line = self->line;
  CgVoice *voice;

  self->noun = "voice";
  if (!cg_xml_read_known_attributes (self, "voice", names, &attrs))
    return FALSE;

  voice = create_coloured (self, CG_TYPE_VOICE, VOICES, &attrs);
  if (voice == NULL)
    return FALSE;

  return cg_xml_read_children (self, "voice", children, G_N_ELEMENTS (children), line, voice);
}

static gboolean
read_theme (Loader  *self,
            gpointer unused)
{
  static const char * const names[] = { "id", "colour", "framework", NULL };
  static const ChildSpec children[] = {
    { "name", CHILD_REQUIRED, (SetTextFunc) cg_theme_set_name },
    { "description", 0, (SetTextFunc) cg_theme_set_description },
  };
  g_auto(Attrs) attrs = ATTRS_INIT;
  int line = self->line;
  CgTheme *theme;

  self->noun = "theme";
  if (!cg_xml_read_known_attributes (self, "theme", names, &attrs))
    return FALSE;

  theme = create_coloured (self, CG_TYPE_THEME, THEMES, &attrs);
  if (theme == NULL)
    return FALSE;
  if (attrs.values[2] != NULL)
    cg_theme_set_framework (theme, attrs.values[2]);

  return cg_xml_read_children (self, "theme", children, G_N_ELEMENTS (children), line, theme);
}

enum
{
  IDEA_ID,
  IDEA_EVENT,
  IDEA_THEME,
  IDEA_VOICE,
  IDEA_KIND,
  IDEA_STATUS,
  IDEA_PRIVATE,
  IDEA_BEYOND_SERVICE,
  IDEA_NEEDS_REVIEW,
  IDEA_CREATED,
  IDEA_CARRIED_FROM,
  IDEA_LAPTOP,
  IDEA_EDITED_FROM,
};

/* The laptop that captured an idea (1.2): a name of at most CG_IDEA_MAX_LAPTOP characters, as
 * writers give it (what the model would change is refused, so save, load, save holds). */
static gboolean
check_laptop (Loader     *self,
              const char *laptop)
{
  g_autofree char *normal = NULL;

  if (laptop == NULL || *laptop == '\0')
    return TRUE;
  normal = cg_idea_normalize_laptop (laptop);
  if (g_strcmp0 (normal, laptop) != 0)
    return fail (self, CG_IO_ERROR_INVALID,
                 _("laptop “%s” is not a name of one line of at most %d characters with no "
                   "space at either end"), laptop, CG_IDEA_MAX_LAPTOP);
  return TRUE;
}

/* The versions an idea was edited from (1.4), as cg_idea_get_edited_from gives them. */
static gboolean
check_edited_from (Loader     *self,
                   const char *versions)
{
  if (versions == NULL || cg_idea_edited_from_is_valid (versions))
    return TRUE;
  return fail (self, CG_IO_ERROR_INVALID,
               _("edited-from must be at most %d versions of %d hex digits, separated by "
                 "single spaces"), CG_IDEA_MAX_EDITED_FROM, CG_IDEA_VERSION_LEN);
}

static gboolean
set_idea_attributes (Loader *self,
                     CgIdea *idea,
                     Attrs  *attrs)
{
  g_autoptr(GDateTime) created = NULL;
  int kind = CG_IDEA_KIND_IDEA;
  int status = CG_IDEA_STATUS_OPEN;
  gboolean private_ = FALSE;
  gboolean beyond_service = FALSE;
  gboolean needs_review = FALSE;
  char **v = attrs->values;

  if (!cg_xml_add_ref (self, REF_IDEA_EVENT, "event", idea, v[IDEA_EVENT], 0) ||
      !cg_xml_add_ref (self, REF_IDEA_THEME, "theme", idea, v[IDEA_THEME], 0) ||
      !cg_xml_add_ref (self, REF_IDEA_VOICE, "voice", idea, v[IDEA_VOICE], 0) ||
      !cg_xml_add_ref (self, REF_CARRIED_FROM, "carried-from", idea, v[IDEA_CARRIED_FROM], 0) ||
      !cg_xml_parse_enum (self, CG_TYPE_IDEA_KIND, "kind", v[IDEA_KIND], &kind) ||
      !cg_xml_parse_enum (self, CG_TYPE_IDEA_STATUS, "status", v[IDEA_STATUS], &status) ||
      !cg_xml_parse_bool (self, "private", v[IDEA_PRIVATE], &private_) ||
      !cg_xml_parse_bool (self, "beyond-service", v[IDEA_BEYOND_SERVICE], &beyond_service) ||
      !cg_xml_parse_bool (self, "needs-review", v[IDEA_NEEDS_REVIEW], &needs_review))
    return FALSE;

  created = cg_xml_parse_created (self, v[IDEA_CREATED]);
  if (created == NULL || !check_laptop (self, v[IDEA_LAPTOP]) ||
      !check_edited_from (self, v[IDEA_EDITED_FROM]))
    return FALSE;

  cg_idea_set_kind (idea, kind);
  cg_idea_set_status (idea, status);
  cg_idea_set_private (idea, private_);
  cg_idea_set_beyond_service (idea, beyond_service);
  cg_idea_set_needs_review (idea, needs_review);
  cg_idea_set_created (idea, created);
  if (v[IDEA_CARRIED_FROM] != NULL)
    cg_idea_set_carried_from (idea, v[IDEA_CARRIED_FROM]);
  cg_idea_set_laptop (idea, v[IDEA_LAPTOP]);
  cg_idea_versions_read (idea, v[IDEA_EDITED_FROM]);

  return TRUE;
}

static gboolean
read_idea (Loader  *self,
           gpointer unused)
{
  static const char * const names[] = {
    "id", "event", "theme", "voice", "kind", "status", "private", "beyond-service",
    "needs-review", "created", "carried-from", "laptop", "edited-from", NULL
  };
  static const ChildSpec children[] = {
    { "text", CHILD_REQUIRED, (SetTextFunc) cg_idea_set_text },
    { "votes", CHILD_REPEAT, NULL, NULL, REF_VOTES },
  };
  g_auto(Attrs) attrs = ATTRS_INIT;
  int line = self->line;
  CgIdea *idea;

  self->noun = "idea";
  if (!cg_xml_read_known_attributes (self, "idea", names, &attrs))
    return FALSE;

  if (self->objects[IDEAS]->len >= CG_FILE_MAX_IDEAS)
    return fail (self, CG_IO_ERROR_LIMIT, _("the file holds more than %d ideas"),
                 CG_FILE_MAX_IDEAS);

  idea = cg_xml_create_object (self, CG_TYPE_IDEA, self->objects[IDEAS], attrs.values[IDEA_ID]);
  if (idea == NULL || !set_idea_attributes (self, idea, &attrs))
    return FALSE;

  return cg_xml_read_children (self, "idea", children, G_N_ELEMENTS (children), line, idea);
}

static gboolean
read_action (Loader  *self,
             gpointer unused)
{
  static const char * const names[] = { "id", "theme", "status", NULL };
  static const ChildSpec children[] = {
    { "area", CHILD_REQUIRED, (SetTextFunc) cg_action_set_area },
    { "what", CHILD_REQUIRED, (SetTextFunc) cg_action_set_action },
    { "position", 0, (SetTextFunc) cg_action_set_position },
    { "next-steps", 0, (SetTextFunc) cg_action_set_next_steps },
    { "reason", 0, (SetTextFunc) cg_action_set_reason },
    { "idea", CHILD_REPEAT, NULL, NULL, REF_ACTION_IDEA },
  };
  g_auto(Attrs) attrs = ATTRS_INIT;
  int line = self->line;
  int status = CG_ACTION_STATUS_PROPOSED;
  CgAction *action;

  self->noun = "action";
  if (!cg_xml_read_known_attributes (self, "action", names, &attrs))
    return FALSE;

  action = cg_xml_create_object (self, CG_TYPE_ACTION, self->objects[ACTIONS], attrs.values[0]);
  if (action == NULL ||
      !cg_xml_add_ref (self, REF_ACTION_THEME, "theme", action, attrs.values[1], 0) ||
      !cg_xml_parse_enum (self, CG_TYPE_ACTION_STATUS, "status", attrs.values[2], &status))
    return FALSE;
  cg_action_set_status (action, status);

  return cg_xml_read_children (self, "action", children, G_N_ELEMENTS (children), line, action);
}

/* (1.3) a person of the participation record */
static gboolean
read_participant (Loader  *self,
                  gpointer unused)
{
  static const char * const names[] = { "id", "consent", "payment", NULL };
  static const ChildSpec children[] = {
    { "name", CHILD_REQUIRED, (SetTextFunc) cg_participant_set_name },
    { "attendance", CHILD_REPEAT, NULL, NULL, REF_ATTENDANCE },
  };
  g_auto(Attrs) attrs = ATTRS_INIT;
  int line = self->line;
  int consent = CG_CONSENT_NOT_ASKED;
  int payment = CG_PAYMENT_NONE;
  CgParticipant *participant;

  self->noun = "participant";
  if (!cg_xml_read_known_attributes (self, "participant", names, &attrs))
    return FALSE;

  participant = cg_xml_create_object (self, CG_TYPE_PARTICIPANT, self->objects[PARTICIPANTS],
                                      attrs.values[0]);
  if (participant == NULL ||
      !cg_xml_parse_enum (self, CG_TYPE_CONSENT, "consent", attrs.values[1], &consent) ||
      !cg_xml_parse_enum (self, CG_TYPE_PAYMENT, "payment", attrs.values[2], &payment))
    return FALSE;
  cg_participant_set_consent (participant, consent);
  cg_participant_set_payment (participant, payment);

  return cg_xml_read_children (self, "participant", children, G_N_ELEMENTS (children), line,
                               participant);
}

/* <events>, <voices>, <themes>, <ideas>, <actions> or <participants>: a list of one kind of
 * object. */
static gboolean
read_section (Loader  *self,
              gpointer unused)
{
  static const ChildSpec items[] = {
    { "event", CHILD_REPEAT, NULL, read_event },
    { "voice", CHILD_REPEAT, NULL, read_voice },
    { "theme", CHILD_REPEAT, NULL, read_theme },
    { "idea", CHILD_REPEAT, NULL, read_idea },
    { "action", CHILD_REPEAT, NULL, read_action },
    { "participant", CHILD_REPEAT, NULL, read_participant },
  };
  const char *section = (const char *) xmlTextReaderConstLocalName (self->reader);
  g_auto(Attrs) attrs = ATTRS_INIT;
  guint i = 0;

  if (!cg_xml_read_known_attributes (self, section, NULL, &attrs))
    return FALSE;

  /* "events" holds <event>s, and so on. */
  while (!g_str_has_prefix (section, items[i].name))
    i++;

  return cg_xml_read_children (self, section, &items[i], 1, self->line, NULL);
}

static void
set_workshop_title (gpointer    loader,
                    const char *title)
{
  Loader *self = loader;

  g_free (self->title);
  self->title = g_strdup (title);
}

/* The workshop's properties, in the order of Loader.properties. */
enum
{
  PROPERTY_FACILITATOR,
  PROPERTY_DESCRIPTION,
  PROPERTY_THANKS,
  PROPERTY_SUPPORT,
  PROPERTY_KEEP_UNTIL,
  PROPERTY_LOG,
};

static void
set_property_text (Loader     *self,
                   guint       property,
                   const char *text)
{
  g_free (self->properties[property]);
  self->properties[property] = g_strdup (text);
}

static void
set_workshop_facilitator (gpointer    loader,
                          const char *text)
{
  set_property_text (loader, PROPERTY_FACILITATOR, text);
}

static void
set_workshop_description (gpointer    loader,
                          const char *text)
{
  set_property_text (loader, PROPERTY_DESCRIPTION, text);
}

static void
set_workshop_thanks (gpointer    loader,
                     const char *text)
{
  set_property_text (loader, PROPERTY_THANKS, text);
}

static void
set_workshop_support (gpointer    loader,
                      const char *text)
{
  set_property_text (loader, PROPERTY_SUPPORT, text);
}

static void
set_workshop_log (gpointer    loader,
                  const char *text)
{
  set_property_text (loader, PROPERTY_LOG, text);
}

/* (1.3) a real date, YYYY-MM-DD */
static gboolean
read_keep_until (Loader  *self,
                 gpointer unused)
{
  const char *text = cg_xml_read_text (self);

  if (text == NULL)
    return FALSE;
  if (!cg_text_is_valid_date (text))
    return fail (self, CG_IO_ERROR_INVALID,
                 _("the workshop's keep-until date is '%s'; it must be a real date written "
                   "YYYY-MM-DD"), text);
  set_property_text (self, PROPERTY_KEEP_UNTIL, text);
  return TRUE;
}

/* (1.3) <erased><idea id="…"/>…</erased>: ids only, of ideas no longer in the file */
static gboolean
read_erased_idea (Loader  *self,
                  gpointer unused)
{
  static const char * const names[] = { "id", NULL };
  g_auto(Attrs) attrs = ATTRS_INIT;

  if (!cg_xml_read_known_attributes (self, "idea", names, &attrs) ||
      !cg_xml_check_id (self, "id", attrs.values[0]))
    return FALSE;
  if (self->erased->len >= CG_FILE_MAX_IDEAS)
    return fail (self, CG_IO_ERROR_LIMIT,
                 _("the workshop names more than %d erased ideas"), CG_FILE_MAX_IDEAS);
  g_ptr_array_add (self->erased, g_steal_pointer (&attrs.values[0]));
  return cg_xml_read_no_children (self, "idea");
}

static gboolean
read_erased (Loader  *self,
             gpointer unused)
{
  static const ChildSpec items[] = {
    { "idea", CHILD_REPEAT, NULL, read_erased_idea },
  };
  g_auto(Attrs) attrs = ATTRS_INIT;

  if (!cg_xml_read_known_attributes (self, "erased", NULL, &attrs))
    return FALSE;
  return cg_xml_read_children (self, "erased", items, 1, self->line, NULL);
}

void
cg_xml_set_properties (Loader     *self,
                       CgWorkshop *workshop)
{
  cg_workshop_set_loaded_properties (workshop, self->properties[PROPERTY_FACILITATOR],
                                     self->properties[PROPERTY_DESCRIPTION],
                                     self->properties[PROPERTY_THANKS],
                                     self->properties[PROPERTY_SUPPORT]);
  cg_workshop_set_loaded_record (workshop, self->properties[PROPERTY_KEEP_UNTIL],
                                 self->properties[PROPERTY_LOG],
                                 (const char * const *) self->erased->pdata);
}

/* Checks the version first, so that a file from a newer release says so rather than stumbling
 * over something this one does not know. */
static gboolean
check_version (Loader     *self,
               const char *version)
{
  const char *dot;
  guint64 major;

  if (version == NULL)
    return fail (self, CG_IO_ERROR_VERSION, _("the workshop has no version"));

  dot = strchr (version, '.');
  if (dot == NULL || dot == version || dot[1] == '\0' ||
      strspn (version, "0123456789") != (gsize) (dot - version) ||
      strspn (dot + 1, "0123456789") != strlen (dot + 1) || dot - version > 6)
    return fail (self, CG_IO_ERROR_VERSION,
                 _("the version '%s' is not valid; it must be written MAJOR.MINOR, like 1.0"),
                 version);

  major = g_ascii_strtoull (version, NULL, 10);
  if (major > CG_FILE_VERSION_MAJOR)
    return fail (self, CG_IO_ERROR_VERSION,
                 _("the file was written by a newer version of Common Ground (%s); update "
                   "Common Ground to open it"), version);
  if (major < CG_FILE_VERSION_MAJOR)
    return fail (self, CG_IO_ERROR_VERSION, _("the file format version %s is not supported"),
                 version);

  return TRUE;
}

static gboolean
check_root (Loader *self)
{
  const char *name = (const char *) xmlTextReaderConstLocalName (self->reader);
  const char *uri = (const char *) xmlTextReaderConstNamespaceUri (self->reader);

  if (!g_str_equal (name, "workshop"))
    return fail (self, CG_IO_ERROR_INVALID,
                 _("this is not a Common Ground workshop file: it holds <%s> instead of "
                   "<workshop>"),
                 (const char *) xmlTextReaderConstName (self->reader));

  if (uri == NULL)
    return fail (self, CG_IO_ERROR_INVALID,
                 _("this is not a Common Ground workshop file: <workshop> has no namespace "
                   "(it should be xmlns=\"%s\")"), CG_FILE_NAMESPACE);

  if (!g_str_equal (uri, CG_FILE_NAMESPACE))
    {
      const char *prefix = "urn:commonground:workshop:";

      if (g_str_has_prefix (uri, prefix))
        return fail (self, CG_IO_ERROR_VERSION,
                     _("the file was written by a newer version of Common Ground (namespace "
                       "'%s'); update Common Ground to open it"), uri);

      return fail (self, CG_IO_ERROR_INVALID,
                   _("this is not a Common Ground workshop file: <workshop> is in the namespace "
                     "'%s' instead of '%s'"), uri, CG_FILE_NAMESPACE);
    }

  return TRUE;
}

gboolean
cg_xml_read_workshop (Loader *self)
{
  static const char * const names[] = { "version", "id", NULL };
  static const ChildSpec children[] = {
    { "title", CHILD_REQUIRED, set_workshop_title },
    { "facilitator", 0, set_workshop_facilitator },
    { "description", 0, set_workshop_description },
    { "thanks", 0, set_workshop_thanks },
    { "support", 0, set_workshop_support },
    { "keep-until", 0, NULL, read_keep_until },
    { "log", 0, set_workshop_log },
    { "events", 0, NULL, read_section },
    { "voices", 0, NULL, read_section },
    { "themes", 0, NULL, read_section },
    { "ideas", 0, NULL, read_section },
    { "actions", 0, NULL, read_section },
    { "participants", 0, NULL, read_section },
    { "erased", 0, NULL, read_erased },
  };
  g_auto(Attrs) attrs = ATTRS_INIT;
  int line;
  int type;

  if (!cg_xml_advance (self, &type))
    return FALSE;
  line = self->line;
  if (type != XML_READER_TYPE_ELEMENT)
    return cg_xml_fail_at (self, CG_IO_ERROR_INVALID, cg_xml_node_line (self),
                           _("this is not a Common Ground workshop file"));

  self->noun = "workshop";
  if (!check_root (self))
    return FALSE;

  cg_xml_read_attributes (self, names, &attrs);
  if (!check_version (self, attrs.values[0]) ||
      !cg_xml_refuse_unknown_attribute (self, "workshop", &attrs) ||
      !cg_xml_check_id (self, "id", attrs.values[1]))
    return FALSE;

  self->workshop_id = g_steal_pointer (&attrs.values[1]);
  self->id = self->workshop_id;
  if (!cg_xml_register_id (self, self->workshop_id, NULL) ||
      !cg_xml_read_children (self, "workshop", children, G_N_ELEMENTS (children), line, self))
    return FALSE;

  /* Only comments and whitespace may follow; libxml2 refuses anything else itself. */
  while (cg_xml_advance (self, &type))
    ;

  return self->error == NULL && self->xml_message == NULL;
}

/* cg-xml-writer.c: writes a workshop as a .cgw file, byte for byte the same for the same workshop
 *
 * The layout follows cgw-format.md: two-space indent, attributes in the documented order,
 * defaults and empty sections left out. What is written always reads back: references to
 * objects that are not in the workshop are left out, and text is kept to what XML can hold.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <string.h>

#include <libxml/xmlwriter.h>

#include "io/cg-io.h"
#include "io/cg-xml-writer.h"
#include "model/cg-idea-versions.h"
#include "model/cg-text.h"

#define MAX_COUNT 1000000

typedef struct
{
  xmlTextWriterPtr writer;
  CgWorkshop      *workshop;
  GHashTable      *event_positions;  /* event id -> its place in the file + 1, for counts */
  GString         *escaped;
  int              minor;  /* the lowest minor version that holds what was written so far */
} Writer;

/* Format 1.1 added the workshop's properties (facilitator, description, thanks, support). A
 * workshop without any of them is written as 1.0, byte for byte what earlier releases wrote and
 * can read. */
#define PROPERTIES_MINOR 1

/* Format 1.2 added the laptop that captured an idea. A workshop none of whose ideas records
 * one is written as before. */
#define LAPTOP_MINOR 2

/* Format 1.3 added the date to keep the workshop until and its log of what was removed. */
#define RECORD_MINOR 3

/* Format 1.4 added the versions an idea was edited from. */
#define EDITED_FROM_MINOR 4
G_STATIC_ASSERT (EDITED_FROM_MINOR <= 9);  /* (one digit: set at the end, see workshop_minor) */

typedef void (*WriteItemFunc) (Writer  *self,
                               gpointer item);

static void
start_element (Writer     *self,
               const char *name)
{
  xmlTextWriterStartElement (self->writer, BAD_CAST name);
}

static void
end_element (Writer *self)
{
  xmlTextWriterEndElement (self->writer);
}

/* Writes @name="@value", unless @value is NULL. xmlTextWriter escapes tabs and line breaks. */
static void
attribute (Writer     *self,
           const char *name,
           const char *value)
{
  if (value != NULL)
    xmlTextWriterWriteAttribute (self->writer, BAD_CAST name, BAD_CAST value);
}

/* The model normalises every text; this only guards against writing a file that cannot be
 * read back: invalid UTF-8, characters XML cannot hold, more than CG_TEXT_MAX_CHARS. */
static gboolean
is_clean_text (const char *text)
{
  gsize n_chars = 0;

  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;

  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if (*p < 0x20 && *p != '\t' && *p != '\n')
        return FALSE;
      if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
        return FALSE;  /* U+FFFE, U+FFFF */
      if ((*p & 0xC0) != 0x80)
        n_chars++;
    }

  return n_chars <= CG_TEXT_MAX_CHARS;
}

/* Writes the content of an element, escaping only what must be ("quotes" stay readable). */
static void
write_content (Writer     *self,
               const char *text)
{
  g_autofree char *normal = NULL;

  if (!is_clean_text (text))
    text = normal = cg_text_normalize (text, CG_TEXT_MAX_CHARS);

  g_string_truncate (self->escaped, 0);
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (self->escaped, "&amp;");
          break;
        case '<':
          g_string_append (self->escaped, "&lt;");
          break;
        case '>':
          g_string_append (self->escaped, "&gt;");
          break;
        default:
          g_string_append_c (self->escaped, *p);
          break;
        }
    }

  xmlTextWriterWriteRaw (self->writer, BAD_CAST self->escaped->str);
}

/* <name>text</name>; an empty text gives <name/>, or nothing when the element is optional. */
static void
text_element (Writer     *self,
              const char *name,
              const char *text,
              gboolean    required)
{
  if ((text == NULL || *text == '\0') && !required)
    return;

  start_element (self, name);
  if (text != NULL && *text != '\0')
    write_content (self, text);
  end_element (self);
}

/* An attribute that holds text (a framework name): normalised like element text. */
static void
text_attribute (Writer     *self,
                const char *name,
                const char *value)
{
  g_autofree char *normal = NULL;

  if (value == NULL || *value == '\0')
    return;
  if (!is_clean_text (value))
    value = normal = cg_text_normalize (value, CG_TEXT_MAX_CHARS);

  attribute (self, name, value);
}

/* The id of @object if it is in the workshop (a reference the reader can resolve), else NULL. */
static const char *
object_ref (Writer  *self,
            gpointer object)
{
  const char *id;

  if (object == NULL)
    return NULL;

  id = cg_object_get_id (object);
  return cg_workshop_lookup (self->workshop, id) == object ? id : NULL;
}

/* @id if it names an idea of the workshop, else NULL. */
static const char *
idea_ref (Writer     *self,
          const char *id)
{
  return id != NULL && CG_IS_IDEA (cg_workshop_lookup (self->workshop, id)) ? id : NULL;
}

static void
nick_attribute (Writer     *self,
                const char *name,
                GType       enum_type,
                int         value,
                int         default_value)
{
  if (value != default_value)
    attribute (self, name, cg_enum_to_nick (enum_type, value));
}

static void
flag_attribute (Writer     *self,
                const char *name,
                gboolean    value)
{
  if (value)
    attribute (self, name, "true");
}

typedef struct
{
  guint       position;  /* of the event in the file */
  const char *event_id;
  guint       count;
} Count;

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const Count *count_a = a;
  const Count *count_b = b;

  return count_a->position < count_b->position ? -1 : count_a->position > count_b->position;
}

/* <votes event="" count=""/> or <attendance .../> for each event with a count, in the order of
 * events. The counts are taken from @object's tally (its @property), never by asking each event
 * in turn: that would cost ideas times events, minutes for a large file. */
static void
write_counts (Writer     *self,
              const char *name,
              gpointer    object,
              const char *property)
{
  g_autoptr(GVariant) tally = NULL;
  g_autoptr(GArray) counts = NULL;
  GVariantIter iter;
  const char *key;
  guint count;

  g_object_get (object, property, &tally, NULL);
  if (tally == NULL)
    return;

  counts = g_array_new (FALSE, FALSE, sizeof (Count));
  g_variant_iter_init (&iter, tally);
  while (g_variant_iter_next (&iter, "{&su}", &key, &count))
    {
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (self->event_positions, key));
      Count entry = { position, key, count };

      if (position != 0 && count != 0)
        g_array_append_val (counts, entry);
    }
  g_array_sort (counts, compare_counts);

  for (guint i = 0; i < counts->len; i++)
    {
      const Count *entry = &g_array_index (counts, Count, i);
      char digits[16];

      g_snprintf (digits, sizeof digits, "%u", MIN (entry->count, MAX_COUNT));
      start_element (self, name);
      attribute (self, "event", entry->event_id);
      attribute (self, "count", digits);
      end_element (self);
    }
}

static void
write_event (Writer  *self,
             gpointer item)
{
  CgEvent *event = item;

  start_element (self, "event");
  attribute (self, "id", cg_object_get_id (item));
  attribute (self, "date", cg_event_get_date (event));
  text_element (self, "title", cg_event_get_title (event), TRUE);
  text_element (self, "place", cg_event_get_place (event), FALSE);
  text_element (self, "notes", cg_event_get_notes (event), FALSE);
  end_element (self);
}

static void
write_voice (Writer  *self,
             gpointer item)
{
  CgVoice *voice = item;

  start_element (self, "voice");
  attribute (self, "id", cg_object_get_id (item));
  attribute (self, "colour", cg_voice_get_colour (voice));
  text_element (self, "name", cg_voice_get_name (voice), TRUE);
  write_counts (self, "attendance", voice, "attendance");
  end_element (self);
}

static void
write_theme (Writer  *self,
             gpointer item)
{
  CgTheme *theme = item;

  start_element (self, "theme");
  attribute (self, "id", cg_object_get_id (item));
  attribute (self, "colour", cg_theme_get_colour (theme));
  text_attribute (self, "framework", cg_theme_get_framework (theme));
  text_element (self, "name", cg_theme_get_name (theme), TRUE);
  text_element (self, "description", cg_theme_get_description (theme), FALSE);
  end_element (self);
}

/* UTC, whole seconds, always four digits of year. */
static void
created_attribute (Writer    *self,
                   GDateTime *created)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *text = NULL;

  utc = created != NULL ? g_date_time_to_utc (created) : g_date_time_new_from_unix_utc (0);
  text = g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                          g_date_time_get_year (utc), g_date_time_get_month (utc),
                          g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                          g_date_time_get_minute (utc), g_date_time_get_second (utc));
  attribute (self, "created", text);
}

static void
write_idea (Writer  *self,
            gpointer item)
{
  CgIdea *idea = item;
  g_autofree char *edited_from = NULL;

  start_element (self, "idea");
  attribute (self, "id", cg_object_get_id (item));
  attribute (self, "event", object_ref (self, cg_idea_get_event (idea)));
  attribute (self, "theme", object_ref (self, cg_idea_get_theme (idea)));
  attribute (self, "voice", object_ref (self, cg_idea_get_voice (idea)));
  nick_attribute (self, "kind", CG_TYPE_IDEA_KIND, cg_idea_get_kind (idea), CG_IDEA_KIND_IDEA);
  nick_attribute (self, "status", CG_TYPE_IDEA_STATUS, cg_idea_get_status (idea),
                  CG_IDEA_STATUS_OPEN);
  flag_attribute (self, "private", cg_idea_get_private (idea));
  flag_attribute (self, "beyond-service", cg_idea_get_beyond_service (idea));
  flag_attribute (self, "needs-review", cg_idea_get_needs_review (idea));
  created_attribute (self, cg_idea_get_created (idea));
  attribute (self, "carried-from", idea_ref (self, cg_idea_get_carried_from (idea)));
  text_attribute (self, "laptop", cg_idea_get_laptop (idea));
  edited_from = cg_idea_versions_dup_to_write (idea);
  attribute (self, "edited-from", edited_from);
  if (cg_idea_get_laptop (idea) != NULL)
    self->minor = MAX (self->minor, LAPTOP_MINOR);
  if (edited_from != NULL)
    self->minor = MAX (self->minor, EDITED_FROM_MINOR);
  text_element (self, "text", cg_idea_get_text (idea), TRUE);
  write_counts (self, "votes", idea, "votes");
  end_element (self);
}

static void
write_participant (Writer  *self,
                   gpointer item)
{
  CgParticipant *participant = item;

  start_element (self, "participant");
  attribute (self, "id", cg_object_get_id (item));
  nick_attribute (self, "consent", CG_TYPE_CONSENT, cg_participant_get_consent (participant),
                  CG_CONSENT_NOT_ASKED);
  nick_attribute (self, "payment", CG_TYPE_PAYMENT, cg_participant_get_payment (participant),
                  CG_PAYMENT_NONE);
  text_element (self, "name", cg_participant_get_name (participant), TRUE);
  write_counts (self, "attendance", participant, "attendance");
  end_element (self);
}

static void
write_action (Writer  *self,
              gpointer item)
{
  CgAction *action = item;
  const char * const *idea_ids = cg_action_get_idea_ids (action);

  start_element (self, "action");
  attribute (self, "id", cg_object_get_id (item));
  attribute (self, "theme", object_ref (self, cg_action_get_theme (action)));
  nick_attribute (self, "status", CG_TYPE_ACTION_STATUS, cg_action_get_status (action),
                  CG_ACTION_STATUS_PROPOSED);
  text_element (self, "area", cg_action_get_area (action), TRUE);
  text_element (self, "what", cg_action_get_action (action), TRUE);
  text_element (self, "position", cg_action_get_position (action), FALSE);
  text_element (self, "next-steps", cg_action_get_next_steps (action), FALSE);
  text_element (self, "reason", cg_action_get_reason (action), FALSE);

  for (guint i = 0; idea_ids != NULL && idea_ids[i] != NULL; i++)
    {
      if (idea_ref (self, idea_ids[i]) == NULL)
        continue;
      start_element (self, "idea");
      attribute (self, "ref", idea_ids[i]);
      end_element (self);
    }

  end_element (self);
}

static gboolean
has_properties (CgWorkshop *workshop)
{
  const char *texts[] = {
    cg_workshop_get_facilitator (workshop), cg_workshop_get_description (workshop),
    cg_workshop_get_thanks (workshop), cg_workshop_get_support (workshop),
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i] != NULL && *texts[i] != '\0')
      return TRUE;
  return FALSE;
}

static gboolean
has_record (CgWorkshop *workshop)
{
  g_auto(GStrv) erased = cg_workshop_dup_erased (workshop);

  return *cg_workshop_get_keep_until (workshop) != '\0' ||
         *cg_workshop_get_log (workshop) != '\0' || erased[0] != NULL ||
         g_list_model_get_n_items (cg_workshop_get_participants (workshop)) > 0;
}

/* The ids of ideas removed at a person's request: a merge does not bring them back. */
static void
write_erased (Writer     *self,
              CgWorkshop *workshop)
{
  g_auto(GStrv) erased = cg_workshop_dup_erased (workshop);

  if (erased[0] == NULL)
    return;
  start_element (self, "erased");
  for (guint i = 0; erased[i] != NULL; i++)
    {
      start_element (self, "idea");
      attribute (self, "id", erased[i]);
      end_element (self);
    }
  end_element (self);
}

/* The minor version that what @workshop holds itself needs; what its ideas need is added as
 * they are written (write_idea), and the version in the file's first line set at the end: a
 * look at every idea before the first would make the first step of a large save long. */
static int
workshop_minor (CgWorkshop *workshop)
{
  if (has_record (workshop))
    return MAX (CG_FILE_VERSION_MINOR, RECORD_MINOR);
  if (has_properties (workshop))
    return MAX (CG_FILE_VERSION_MINOR, PROPERTIES_MINOR);
  return CG_FILE_VERSION_MINOR;
}


/* Writing in steps */

typedef enum
{
  PART_EVENTS,
  PART_VOICES,
  PART_THEMES,
  PART_IDEAS,
  PART_ACTIONS,
  PART_PARTICIPANTS,
  PART_END,
} Part;

static const struct
{
  const char    *name;
  GListModel *(*items) (CgWorkshop *workshop);
  WriteItemFunc  write_item;
} parts[] = {
  [PART_EVENTS] = { "events", cg_workshop_get_events, write_event },
  [PART_VOICES] = { "voices", cg_workshop_get_voices, write_voice },
  [PART_THEMES] = { "themes", cg_workshop_get_themes, write_theme },
  [PART_IDEAS] = { "ideas", cg_workshop_get_ideas, write_idea },
  [PART_ACTIONS] = { "actions", cg_workshop_get_actions, write_action },
  [PART_PARTICIPANTS] = { "participants", cg_workshop_get_participants, write_participant },
};

struct _CgXmlWriter
{
  Writer       self;
  xmlBufferPtr buffer;
  Part         part;
  guint        position;  /* of the next item in the part */
  gsize        minor_at;  /* where the minor version's digit is in the buffer */
};

/* Items written between looks at the clock */
#define ITEMS_PER_LOOK 32

CgXmlWriter *
cg_xml_writer_new (CgWorkshop *workshop)
{
  CgXmlWriter *writer = g_new0 (CgXmlWriter, 1);
  Writer *self = &writer->self;
  GListModel *events;
  char version[16];

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);

  events = cg_workshop_get_events (workshop);
  writer->buffer = xmlBufferCreate ();
  self->writer = xmlNewTextWriterMemory (writer->buffer, 0);
  self->workshop = g_object_ref (workshop);
  self->event_positions = g_hash_table_new (g_str_hash, g_str_equal);
  self->escaped = g_string_new (NULL);
  /* (the events outlive the writer as long as the workshop does not change meanwhile: the
   * caller starts again after any change) */
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(CgObject) event = g_list_model_get_item (events, i);

      g_hash_table_insert (self->event_positions, (gpointer) cg_object_get_id (event),
                           GUINT_TO_POINTER (i + 1));
    }

  xmlTextWriterSetIndent (self->writer, 1);
  xmlTextWriterSetIndentString (self->writer, BAD_CAST "  ");
  xmlTextWriterStartDocument (self->writer, NULL, "UTF-8", NULL);

  start_element (self, "workshop");
  attribute (self, "xmlns", CG_FILE_NAMESPACE);
  self->minor = workshop_minor (workshop);
  g_snprintf (version, sizeof version, "%d.%d", CG_FILE_VERSION_MAJOR, self->minor);
  attribute (self, "version", version);
  xmlTextWriterFlush (self->writer);
  writer->minor_at = xmlBufferLength (writer->buffer) - 2;
  attribute (self, "id", cg_object_get_id (CG_OBJECT (workshop)));
  text_element (self, "title", cg_workshop_get_title (workshop), TRUE);
  text_element (self, "facilitator", cg_workshop_get_facilitator (workshop), FALSE);
  text_element (self, "description", cg_workshop_get_description (workshop), FALSE);
  text_element (self, "thanks", cg_workshop_get_thanks (workshop), FALSE);
  text_element (self, "support", cg_workshop_get_support (workshop), FALSE);
  text_element (self, "keep-until", cg_workshop_get_keep_until (workshop), FALSE);
  text_element (self, "log", cg_workshop_get_log (workshop), FALSE);
  writer->part = PART_EVENTS;
  return writer;
}

/* Writes items of the current part until it ends or @deadline passes; TRUE when it ended.
 * A section (<events>...) is left out when it has no items. */
static gboolean
write_part (CgXmlWriter *writer,
            gint64       deadline)
{
  Writer *self = &writer->self;
  GListModel *items = parts[writer->part].items (self->workshop);
  guint n_items = g_list_model_get_n_items (items);

  if (n_items == 0)
    return TRUE;
  if (writer->position == 0)
    start_element (self, parts[writer->part].name);
  while (writer->position < n_items)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, writer->position++);

      parts[writer->part].write_item (self, item);
      if (deadline > 0 && writer->position % ITEMS_PER_LOOK == 0 &&
          writer->position < n_items && g_get_monotonic_time () >= deadline)
        return FALSE;
    }
  end_element (self);
  return TRUE;
}

gboolean
cg_xml_writer_step (CgXmlWriter *writer,
                    gint64       deadline)
{
  g_return_val_if_fail (writer != NULL, TRUE);

  while (writer->part < PART_END)
    {
      if (!write_part (writer, deadline))
        return FALSE;
      writer->part++;
      writer->position = 0;
    }
  return TRUE;
}

gboolean
cg_xml_writer_step_again (CgXmlWriter **writer,
                          guint        *restarts,
                          gboolean     *changed,
                          CgWorkshop   *workshop,
                          gint64        step_usec)
{
  gint64 deadline = 0;

  if (*changed)
    {
      g_clear_pointer (writer, cg_xml_writer_free);
      (*restarts)++;
    }
  if (*writer == NULL)
    {
      *writer = cg_xml_writer_new (workshop);
      *changed = FALSE;
    }
  if (*restarts < CG_XML_WRITER_MAX_RESTARTS)
    deadline = g_get_monotonic_time () + step_usec;
  return cg_xml_writer_step (*writer, deadline);
}

GBytes *
cg_xml_writer_finish (CgXmlWriter *writer)
{
  GBytes *bytes;
  gsize length;

  g_return_val_if_fail (writer != NULL, NULL);

  cg_xml_writer_step (writer, 0);
  write_erased (&writer->self, writer->self.workshop);
  end_element (&writer->self);
  xmlTextWriterEndDocument (writer->self.writer);
  xmlFreeTextWriter (g_steal_pointer (&writer->self.writer));
  g_assert (writer->buffer->content[writer->minor_at + 1] == '"');
  writer->buffer->content[writer->minor_at] = '0' + writer->self.minor;
  /* the buffer's memory becomes the bytes' (libxml2 allocates with malloc, as GLib does):
   * copying, then wiping, megabytes would hold the main thread for milliseconds */
  length = xmlBufferLength (writer->buffer);
  bytes = g_bytes_new_take (xmlBufferDetach (writer->buffer), length);
  cg_xml_writer_free (writer);
  return bytes;
}

void
cg_xml_writer_free (CgXmlWriter *writer)
{
  if (writer == NULL)
    return;
  if (writer->self.writer != NULL)
    xmlFreeTextWriter (writer->self.writer);
  /* (what was written may be a protected workshop's words) */
  if (writer->buffer != NULL)
    {
      if (writer->buffer->content != NULL)
        memset (writer->buffer->content, 0, writer->buffer->use);
      xmlBufferFree (writer->buffer);
    }
  g_hash_table_unref (writer->self.event_positions);
  g_string_free (writer->self.escaped, TRUE);
  g_object_unref (writer->self.workshop);
  g_free (writer);
}

GBytes *
cg_workshop_save_to_bytes (CgWorkshop *workshop)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);

  return cg_xml_writer_finish (cg_xml_writer_new (workshop));
}

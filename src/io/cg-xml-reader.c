/* cg-xml-reader.c: reads a workshop file (.cgw) held in memory, refusing anything unsafe
 *
 * The file is untrusted: it may come from another laptop, a USB stick or an e-mail. It is parsed
 * with libxml2's streaming reader, with no network, no DTD and no entity expansion, within the
 * limits of cg-io.h. Every object is built into local arrays first; references are resolved once
 * the whole file has been read (so they may point forward), and only then is the workshop made.
 * Any defect gives a GError "NAME:LINE: what is wrong" and no workshop at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/globals.h>

#include "io/cg-envelope.h"
#include "io/cg-xml-reader-private.h"

static void
ref_clear (gpointer data)
{
  Ref *ref = data;

  g_free (ref->target);
}

static void
loader_init (Loader     *self,
             const char *display_name)
{
  memset (self, 0, sizeof *self);
  self->display_name = display_name;
  self->text = g_string_new (NULL);
  for (guint i = 0; i < N_COLLECTIONS; i++)
    self->objects[i] = g_ptr_array_new_with_free_func (g_object_unref);
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->refs = g_array_new (FALSE, FALSE, sizeof (Ref));
  g_array_set_clear_func (self->refs, ref_clear);
  self->erased = g_ptr_array_new_null_terminated (0, g_free, TRUE);
}

static void
loader_clear (Loader *self)
{
  g_clear_pointer (&self->reader, xmlFreeTextReader);
  g_clear_error (&self->error);
  g_clear_pointer (&self->xml_message, g_free);
  g_string_free (self->text, TRUE);
  /* The keys of ids belong to the objects: drop the table first. */
  g_hash_table_unref (self->ids);
  g_array_unref (self->entries);
  g_array_unref (self->refs);
  for (guint i = 0; i < N_COLLECTIONS; i++)
    g_ptr_array_unref (self->objects[i]);
  g_free (self->workshop_id);
  g_free (self->title);
  for (guint i = 0; i < G_N_ELEMENTS (self->properties); i++)
    g_free (self->properties[i]);
  g_ptr_array_unref (self->erased);
}

/* Errors */

gboolean
cg_xml_fail_at (Loader     *self,
                CgIoError   code,
                int         line,
                const char *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (self->error != NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* The "NAME:LINE: " prefix is not translated: tools and people search for it. */
  if (line > 0)
    self->error = g_error_new (CG_IO_ERROR, code, "%s:%d: %s", self->display_name, line, message);
  else
    self->error = g_error_new (CG_IO_ERROR, code, "%s: %s", self->display_name, message);

  return FALSE;
}

/* How messages name the objects of a workshop, whole phrases so that they translate. */
typedef struct
{
  const char *noun;
  const char *the;    /* one not named yet */
  const char *named;  /* "%s" is its id */
  const char *a;      /* one of them */
} Phrases;

static const Phrases phrases[] = {
  { "workshop", N_("the workshop"), N_("the workshop"), N_("the workshop") },
  { "event", N_("the event"),
    /* Translators: "%s" is the id of an event in the file, "e1" or a long UUID */
    N_("event '%s'"), N_("an event") },
  { "voice", N_("the voice"),
    /* Translators: "%s" is the id of a voice (a participant group) in the file */
    N_("voice '%s'"), N_("a voice") },
  { "theme", N_("the theme"),
    /* Translators: "%s" is the id of a theme in the file */
    N_("theme '%s'"), N_("a theme") },
  { "idea", N_("the idea"),
    /* Translators: "%s" is the id of an idea in the file */
    N_("idea '%s'"), N_("an idea") },
  { "action", N_("the action"),
    /* Translators: "%s" is the id of an action (a row of the action plan) in the file */
    N_("action '%s'"), N_("an action") },
  { "participant", N_("the person"),
    /* Translators: "%s" is the id of a person of the participation record in the file */
    N_("person '%s'"), N_("a person") },
};

static const Phrases *
find_phrases (const char *noun)
{
  for (guint i = 1; i < G_N_ELEMENTS (phrases); i++)
    if (g_strcmp0 (noun, phrases[i].noun) == 0)
      return &phrases[i];

  return &phrases[0];
}

char *
cg_xml_describe (const char *noun,
                 const char *id)
{
  const Phrases *p = find_phrases (noun);

  if (id == NULL || p == &phrases[0])
    return g_strdup (_(p->the));

  return g_strdup_printf (_(p->named), id);
}

const char *
cg_xml_a_noun (const char *noun)
{
  return _(find_phrases (noun)->a);
}

char *
cg_xml_describe_current (Loader *self)
{
  return cg_xml_describe (self->noun, self->id);
}

static void
xml_error_cb (void       *user_data,
              xmlErrorPtr error)
{
  Loader *self = user_data;
  const char *message;

  if (error == NULL || error->level < XML_ERR_ERROR || self->xml_message != NULL)
    return;

  message = error->message != NULL ? error->message : "unknown error";
  /* libxml2 messages end in a newline and some add a second line ("Bytes: 0xFF ..."). */
  self->xml_message = g_strndup (message, strcspn (message, "\n"));
  g_strstrip (self->xml_message);
  self->xml_line = error->line;
  self->xml_code = error->code;
}

int
cg_xml_count_lines (const char *data,
                    gsize       length)
{
  int lines = 1;

  for (const char *p = data; (p = memchr (p, '\n', data + length - p)) != NULL; p++)
    lines++;

  return lines;
}

static gboolean
is_blank (const char *text,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!strchr (" \t\r\n", text[i]) || text[i] == '\0')
      return FALSE;

  return TRUE;
}

/* Turns libxml2's report into words a facilitator can act on, keeping its own for support. */
static gboolean
fail_with_xml_error (Loader     *self,
                     const char *data,
                     gsize       length)
{
  const char *message = self->xml_message != NULL ? self->xml_message : _("unknown error");
  int line = self->xml_line;
  const char *end;

  switch (self->xml_code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      return cg_xml_fail_at (self, CG_IO_ERROR_PARSE, line,
                             _("this is not a Common Ground workshop file: it does not hold XML"));

    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING:
      if (strstr (message, "UTF-8") != NULL)
        return cg_xml_fail_at (self, CG_IO_ERROR_PARSE, line,
                               /* Translators: here and in the messages below, "(%s)" is the
                                * XML parser's own message, in English */
                               _("the file holds bytes that are not UTF-8 text; it is damaged "
                                 "or was saved in another encoding (%s)"), message);
      break;

    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
      return cg_xml_fail_at (self, CG_IO_ERROR_PARSE, line,
                             _("the file uses an entity that workshop files cannot hold (%s)"),
                             message);

    case XML_ERR_ENTITY_LOOP:
    case XML_ERR_ENTITY_BOUNDARY:
    case XML_ERR_EXT_ENTITY_STANDALONE:
      return cg_xml_fail_at (self, CG_IO_ERROR_UNSAFE, line,
                             _("the file uses entities, which workshop files never hold (%s)"),
                             message);

    default:
      break;
    }

  end = g_strrstr_len (data, length, "</workshop>");
  if (end != NULL && !is_blank (end + 11, data + length - (end + 11)))
    return cg_xml_fail_at (self, CG_IO_ERROR_PARSE, line,
                           _("there is something after the end of the workshop (%s)"), message);

  /* Trailing whitespace aside, an error on the last line of an unfinished file: cut short. */
  while (length > 0 && strchr (" \t\r\n", data[length - 1]))
    length--;
  if (end == NULL && self->xml_code != XML_ERR_TAG_NAME_MISMATCH &&
      line >= cg_xml_count_lines (data, length))
    return cg_xml_fail_at (self, CG_IO_ERROR_PARSE, line,
                           _("the file ends too early; it may have been cut short while it was "
                             "being copied or saved (%s)"), message);

  return cg_xml_fail_at (self, CG_IO_ERROR_PARSE, line,
                         _("the file is damaged or is not a Common Ground workshop (%s)"),
                         message);
}

/* Checks done on the raw bytes before libxml2 sees them. */

/* A DTD can only stand before the root element: look for one there, so that libxml2 never
 * declares an entity, let alone expands one. */
static gboolean
find_doctype (const char *data,
              gsize       length,
              gsize      *offset)
{
  gsize i = 0;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;

  while (i < length)
    {
      const char *rest = data + i;
      gsize n = length - i;
      const char *end;
      const char *terminator;

      if (strchr (" \t\r\n", *rest) && *rest != '\0')
        {
          i++;
          continue;
        }

      if (n >= 9 && memcmp (rest, "<!DOCTYPE", 9) == 0)
        {
          *offset = i;
          return TRUE;
        }
      else if (n >= 2 && memcmp (rest, "<?", 2) == 0)
        terminator = "?>";
      else if (n >= 4 && memcmp (rest, "<!--", 4) == 0)
        terminator = "-->";
      else
        return FALSE;

      end = g_strstr_len (rest + 2, n - 2, terminator);
      if (end == NULL)
        return FALSE;
      i = (end - data) + strlen (terminator);
    }

  return FALSE;
}

static gboolean
check_bytes (Loader     *self,
             const char *data,
             gsize       length)
{
  const char *nul;
  gsize offset;

  if (length > CG_FILE_MAX_SIZE)
    return cg_xml_fail_at (self, CG_IO_ERROR_LIMIT, 0,
                           _("the file is too large (%u MB); workshop files can be at most %d MB"),
                           (guint) (length / (1024 * 1024)), CG_FILE_MAX_SIZE / (1024 * 1024));

  if (is_blank (data, length))
    return cg_xml_fail_at (self, CG_IO_ERROR_PARSE, 0, _("the file is empty"));

  if (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    return cg_xml_fail_at (self, CG_IO_ERROR_PARSE, 1,
                           _("the file is in UTF-16; workshop files are UTF-8"));

  nul = memchr (data, '\0', length);
  if (nul != NULL)
    return cg_xml_fail_at (self, CG_IO_ERROR_PARSE, cg_xml_count_lines (data, nul - data),
                           _("the file holds a NUL byte: it is damaged or is not a text file"));

  if (find_doctype (data, length, &offset))
    return cg_xml_fail_at (self, CG_IO_ERROR_UNSAFE, cg_xml_count_lines (data, offset),
                           _("the file has a document type declaration (<!DOCTYPE>); workshop "
                             "files never have one, and it could be used to read other files or "
                             "exhaust memory"));

  return cg_xml_guard (self, data, length);
}

/* Reading */

static gboolean
parse (Loader     *self,
       const char *data,
       gsize       length)
{
  /* Never XML_PARSE_NOENT, _DTDLOAD, _DTDATTR, _DTDVALID or _HUGE. IGNORE_ENC: the file is
   * UTF-8 whatever its declaration says. NODICT: libxml2 would otherwise put short texts and
   * values and runs of blanks into its dictionary, whose hash table stops growing at a few
   * thousand buckets, so a file with a million different ones takes seconds. */
  int options = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES |
                XML_PARSE_IGNORE_ENC | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                XML_PARSE_NODICT;
  xmlStructuredErrorFunc saved_handler = xmlStructuredError;
  void *saved_context = xmlStructuredErrorContext;
  gboolean ok;

  if (!check_bytes (self, data, length))
    return FALSE;

  /* Nothing may reach stderr: errors raised outside the parser go to the thread's handler. */
  xmlSetStructuredErrorFunc (self, xml_error_cb);

  self->reader = xmlReaderForMemory (data, (int) length, NULL, "UTF-8", options);
  if (self->reader != NULL)
    {
      xmlTextReaderSetStructuredErrorHandler (self->reader, xml_error_cb, self);
      ok = cg_xml_read_workshop (self);
    }
  else
    ok = FALSE;

  xmlSetStructuredErrorFunc (saved_context, saved_handler);

  if (!ok && self->error == NULL)
    {
      if (self->xml_message != NULL)
        return fail_with_xml_error (self, data, length);
      return cg_xml_fail_at (self, CG_IO_ERROR_PARSE, 0, _("the file could not be read"));
    }

  return ok && cg_xml_resolve_refs (self);
}

CgWorkshop *
cg_workshop_load_from_data (const char *data,
                            gsize       length,
                            const char *display_name,
                            GError    **error)
{
  Loader self;
  CgWorkshop *workshop = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A protected workshop is not XML: it needs its passphrase (which says so). */
  if (data != NULL && cg_envelope_is_envelope (data, length))
    return cg_workshop_load_protected_from_data (data, length, display_name, NULL, 0, NULL,
                                                 error);

  xmlInitParser ();
  loader_init (&self, display_name != NULL ? display_name : _("workshop"));

  if (parse (&self, data != NULL ? data : "", length))
    {
      workshop = cg_xml_build_workshop (&self);
      cg_xml_set_properties (&self, workshop);
    }
  else
    g_propagate_error (error, g_steal_pointer (&self.error));

  loader_clear (&self);

  return workshop;
}


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

#include <libxml/globals.h>
#include <libxml/xmlreader.h>

#include "io/cg-io.h"
#include "model/cg-text.h"
#include "model/cg-workshop-private.h"

#define MAX_COUNT     1000000
#define MAX_ATTRS     10
#define XMLNS_URI     "http://www.w3.org/2000/xmlns/"

/* What a reference attribute points at; the target's type follows from the kind. */
typedef enum
{
  REF_IDEA_EVENT,
  REF_IDEA_THEME,
  REF_IDEA_VOICE,
  REF_CARRIED_FROM,
  REF_ATTENDANCE,
  REF_VOTES,
  REF_ACTION_THEME,
  REF_ACTION_IDEA,
} RefKind;

typedef struct
{
  RefKind   kind;
  int       line;
  guint     count;  /* attendance and votes */
  CgObject *owner;  /* borrowed from the loader's arrays */
  char     *target;
} Ref;

/* The collections of a workshop, in the order it is built from them. */
enum
{
  EVENTS,
  VOICES,
  THEMES,
  IDEAS,
  ACTIONS,
  N_COLLECTIONS
};

/* Where an id was first seen. @object is NULL for the workshop itself. */
typedef struct
{
  CgObject *object;
  int       line;
} Entry;

typedef struct
{
  xmlTextReaderPtr reader;
  const char      *display_name;
  GError          *error;

  /* The first error libxml2 reported, if any. */
  char            *xml_message;
  int              xml_line;
  int              xml_code;

  int              line;         /* of the element the reader is on */
  int              last_line;    /* where the last element or text read ends */
  int              text_line;    /* where the text the reader is on starts */
  const char      *noun;         /* the object being read, for messages ("idea") */
  const char      *id;
  GString         *text;

  char            *workshop_id;
  char            *title;
  GPtrArray       *objects[N_COLLECTIONS];
  GArray          *entries;      /* Entry */
  GHashTable      *ids;          /* id (borrowed) -> index in entries + 1 */
  GArray          *refs;         /* Ref */
} Loader;

typedef struct
{
  char *values[MAX_ATTRS];
  char *unknown;  /* the first attribute that is not in the list */
} Attrs;

#define ATTRS_INIT { { NULL }, NULL }

/* Children of an element, in the order they must appear. */
enum
{
  CHILD_REQUIRED = 1 << 0,
  CHILD_REPEAT   = 1 << 1,
};

typedef gboolean (*ReadFunc)    (Loader     *self,
                                 gpointer    object);
typedef void     (*SetTextFunc) (gpointer    object,
                                 const char *text);

/* A child element holds the text of a property (@set_text), or a reference of kind @link
 * (attendance, votes, an action's idea), or is read by @read (sections and their objects). */
typedef struct
{
  const char  *name;
  guint        flags;
  SetTextFunc  set_text;
  ReadFunc     read;
  RefKind      link;
} ChildSpec;

static void
attrs_clear (Attrs *attrs)
{
  for (guint i = 0; i < MAX_ATTRS; i++)
    g_clear_pointer (&attrs->values[i], g_free);
  g_clear_pointer (&attrs->unknown, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Attrs, attrs_clear)

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
}

/* Errors */

static gboolean fail_at (Loader *self, CgIoError code, int line, const char *format, ...)
  G_GNUC_PRINTF (4, 5);

/* Keeps the first error only; always returns FALSE so callers can "return fail_at (...)". */
static gboolean
fail_at (Loader     *self,
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

  if (line > 0)
    self->error = g_error_new (CG_IO_ERROR, code, "%s:%d: %s", self->display_name, line, message);
  else
    self->error = g_error_new (CG_IO_ERROR, code, "%s: %s", self->display_name, message);

  return FALSE;
}

#define fail(self, code, ...) fail_at ((self), (code), (self)->line, __VA_ARGS__)

/* "idea 'b1c'" or "the workshop": the object being read, for messages. */
static char *
describe_current (Loader *self)
{
  if (self->id == NULL || g_str_equal (self->noun, "workshop"))
    return g_strdup_printf ("the %s", self->noun);

  return g_strdup_printf ("%s '%s'", self->noun, self->id);
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

static int
count_lines (const char *data,
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
  const char *message = self->xml_message != NULL ? self->xml_message : "unknown error";
  int line = self->xml_line;
  const char *end;

  switch (self->xml_code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      return fail_at (self, CG_IO_ERROR_PARSE, line,
                      "this is not a Common Ground workshop file: it does not hold XML");

    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING:
      if (strstr (message, "UTF-8") != NULL)
        return fail_at (self, CG_IO_ERROR_PARSE, line,
                        "the file holds bytes that are not UTF-8 text; it is damaged or was "
                        "saved in another encoding (%s)", message);
      break;

    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
      return fail_at (self, CG_IO_ERROR_PARSE, line,
                      "the file uses an entity that workshop files cannot hold (%s)", message);

    case XML_ERR_ENTITY_LOOP:
    case XML_ERR_ENTITY_BOUNDARY:
    case XML_ERR_EXT_ENTITY_STANDALONE:
      return fail_at (self, CG_IO_ERROR_UNSAFE, line,
                      "the file uses entities, which workshop files never hold (%s)", message);

    default:
      break;
    }

  end = g_strrstr_len (data, length, "</workshop>");
  if (end != NULL && !is_blank (end + 11, data + length - (end + 11)))
    return fail_at (self, CG_IO_ERROR_PARSE, line,
                    "there is something after the end of the workshop (%s)", message);

  /* Trailing whitespace aside, an error on the last line of an unfinished file: cut short. */
  while (length > 0 && strchr (" \t\r\n", data[length - 1]))
    length--;
  if (end == NULL && self->xml_code != XML_ERR_TAG_NAME_MISMATCH &&
      line >= count_lines (data, length))
    return fail_at (self, CG_IO_ERROR_PARSE, line,
                    "the file ends too early; it may have been cut short while it was being "
                    "copied or saved (%s)", message);

  return fail_at (self, CG_IO_ERROR_PARSE, line,
                  "the file is damaged or is not a Common Ground workshop (%s)", message);
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
    return fail_at (self, CG_IO_ERROR_LIMIT, 0,
                    "the file is too large (%" G_GSIZE_FORMAT " MB); workshop files can be at "
                    "most %d MB", length / (1024 * 1024), CG_FILE_MAX_SIZE / (1024 * 1024));

  if (is_blank (data, length))
    return fail_at (self, CG_IO_ERROR_PARSE, 0, "the file is empty");

  if (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    return fail_at (self, CG_IO_ERROR_PARSE, 1,
                    "the file is in UTF-16; workshop files are UTF-8");

  nul = memchr (data, '\0', length);
  if (nul != NULL)
    return fail_at (self, CG_IO_ERROR_PARSE, count_lines (data, nul - data),
                    "the file holds a NUL byte: it is damaged or is not a text file");

  if (find_doctype (data, length, &offset))
    return fail_at (self, CG_IO_ERROR_UNSAFE, count_lines (data, offset),
                    "the file has a document type declaration (<!DOCTYPE>); workshop files never "
                    "have one, and it could be used to read other files or exhaust memory");

  return TRUE;
}

/* Walking the document */

/* The line of the current node. libxml2 keeps lines past 65,535 for text nodes only (with
 * XML_PARSE_BIG_LINES), so an element that far down takes the line where the text before it
 * (its indentation) ends. Below that, an element's line is where its start tag ends. */
static int
node_line (Loader *self)
{
  xmlNodePtr node = xmlTextReaderCurrentNode (self->reader);

  if (node == NULL)
    return self->last_line;
  if (node->line < G_MAXUSHORT || node->type == XML_TEXT_NODE)
    return (int) CLAMP (xmlGetLineNo (node), 0, G_MAXINT);

  return self->last_line;
}

/* Moves to the next node that matters, skipping comments; refuses what a workshop never holds.
 * Returns FALSE at the end of the document or on an error (self->error is then set). */
static gboolean
advance (Loader *self,
         int    *type)
{
  for (;;)
    {
      int ret = xmlTextReaderRead (self->reader);

      if (self->xml_message != NULL || ret < 0)
        return FALSE;
      if (ret == 0)
        return FALSE;

      *type = xmlTextReaderNodeType (self->reader);
      switch (*type)
        {
        case XML_READER_TYPE_COMMENT:
          continue;

        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
          self->text_line = self->last_line;
          self->last_line = node_line (self);
          return TRUE;

        case XML_READER_TYPE_PROCESSING_INSTRUCTION:
          return fail_at (self, CG_IO_ERROR_UNSAFE, node_line (self),
                          "the file holds a processing instruction (<?%s ...?>), which workshop "
                          "files never have", (const char *) xmlTextReaderConstName (self->reader));

        case XML_READER_TYPE_DOCUMENT_TYPE:
        case XML_READER_TYPE_ENTITY:
        case XML_READER_TYPE_ENTITY_REFERENCE:
        case XML_READER_TYPE_NOTATION:
          return fail_at (self, CG_IO_ERROR_UNSAFE, node_line (self),
                          "the file uses a DTD or entities, which workshop files never have");

        case XML_READER_TYPE_ELEMENT:
          self->line = self->last_line = node_line (self);
          if (xmlTextReaderDepth (self->reader) >= CG_FILE_MAX_DEPTH)
            return fail (self, CG_IO_ERROR_LIMIT,
                         "elements are nested too deeply (more than %d levels)",
                         CG_FILE_MAX_DEPTH);
          return TRUE;

        default:
          return TRUE;
        }
    }
}

/* Moves to the next child element of the element being read; FALSE at its end or on an error.
 * Only whitespace and comments may stand between the children. */
static gboolean
next_child (Loader     *self,
            const char *parent)
{
  int type;

  while (advance (self, &type))
    {
      switch (type)
        {
        case XML_READER_TYPE_ELEMENT:
          return TRUE;

        case XML_READER_TYPE_END_ELEMENT:
          return FALSE;

        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
          {
            const char *text = (const char *) xmlTextReaderConstValue (self->reader);
            gsize start = text != NULL ? strspn (text, " \t\r\n") : 0;

            /* The text starts where the node before it ends. */
            if (text != NULL && text[start] != '\0')
              return fail_at (self, CG_IO_ERROR_INVALID,
                              self->text_line + count_lines (text, start) - 1,
                              "unexpected text inside <%s>", parent);
          }
          break;

        default:
          break;
        }
    }

  return FALSE;
}

static gboolean
in_namespace (Loader *self)
{
  const char *uri = (const char *) xmlTextReaderConstNamespaceUri (self->reader);

  return uri != NULL && g_str_equal (uri, CG_FILE_NAMESPACE);
}

static int
find_name (const char * const *names,
           const char         *name)
{
  for (int i = 0; names != NULL && names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return i;

  return -1;
}

/* Reads the attributes of the current element: the known ones into @attrs in the order of
 * @names (NULL-terminated), and the name of the first unknown one. */
static void
read_attributes (Loader             *self,
                 const char * const *names,
                 Attrs              *attrs)
{
  xmlTextReaderPtr reader = self->reader;

  if (xmlTextReaderMoveToFirstAttribute (reader) != 1)
    return;

  do
    {
      const char *uri = (const char *) xmlTextReaderConstNamespaceUri (reader);
      int i = -1;

      if (uri != NULL && g_str_equal (uri, XMLNS_URI))
        continue;  /* namespace declarations */

      if (uri == NULL)
        i = find_name (names, (const char *) xmlTextReaderConstLocalName (reader));

      if (i >= 0)
        attrs->values[i] = g_strdup ((const char *) xmlTextReaderConstValue (reader));
      else if (attrs->unknown == NULL)
        attrs->unknown = g_strdup ((const char *) xmlTextReaderConstName (reader));
    }
  while (xmlTextReaderMoveToNextAttribute (reader) == 1);

  xmlTextReaderMoveToElement (reader);
}

static gboolean
refuse_unknown_attribute (Loader     *self,
                          const char *element,
                          Attrs      *attrs)
{
  if (attrs->unknown == NULL)
    return TRUE;

  return fail (self, CG_IO_ERROR_INVALID, "unknown attribute '%s' on <%s>",
               attrs->unknown, element);
}

static gboolean
read_known_attributes (Loader             *self,
                       const char         *element,
                       const char * const *names,
                       Attrs              *attrs)
{
  read_attributes (self, names, attrs);
  return refuse_unknown_attribute (self, element, attrs);
}

static gboolean read_child (Loader *self, const ChildSpec *spec, gpointer object);

/* Reads the children of the current element (whose line is @line) in the order of @specs,
 * into @object. */
static gboolean
read_children (Loader          *self,
               const char      *element,
               const ChildSpec *specs,
               guint            n_specs,
               int              line,
               gpointer         object)
{
  const char *noun = self->noun;
  const char *id = self->id;
  guint seen = 0;
  int last = -1;

  if (!xmlTextReaderIsEmptyElement (self->reader))
    {
      while (next_child (self, element))
        {
          const char *name = (const char *) xmlTextReaderConstLocalName (self->reader);
          guint i = in_namespace (self) ? 0 : n_specs;

          for (; i < n_specs; i++)
            if (g_str_equal (name, specs[i].name))
              break;

          if (i == n_specs)
            return fail (self, CG_IO_ERROR_INVALID, "unknown element <%s> inside <%s>",
                         (const char *) xmlTextReaderConstName (self->reader), element);
          if ((int) i == last && !(specs[i].flags & CHILD_REPEAT))
            return fail (self, CG_IO_ERROR_INVALID, "<%s> appears twice inside <%s>",
                         name, element);
          if ((int) i < last)
            return fail (self, CG_IO_ERROR_INVALID, "<%s> must come before <%s> inside <%s>",
                         name, specs[last].name, element);

          last = i;
          seen |= 1u << i;
          if (!read_child (self, &specs[i], object))
            return FALSE;
        }
    }

  if (self->error != NULL || self->xml_message != NULL)
    return FALSE;

  /* The children may have been objects with their own names. */
  self->noun = noun;
  self->id = id;
  for (guint i = 0; i < n_specs; i++)
    if ((specs[i].flags & CHILD_REQUIRED) && !(seen & (1u << i)))
      {
        g_autofree char *what = describe_current (self);

        return fail_at (self, CG_IO_ERROR_INVALID, line, "%s has no <%s>", what, specs[i].name);
      }

  return TRUE;
}

/* An element that holds no children and no text (attendance, votes, idea ref). */
static gboolean
read_no_children (Loader     *self,
                  const char *element)
{
  return read_children (self, element, NULL, 0, self->line, NULL);
}

/* Reads the text of the current element, exactly (whitespace kept). The result belongs to the
 * loader and lasts until the next call; NULL on an error. */
static const char *
read_text (Loader *self)
{
  const char *element = (const char *) xmlTextReaderConstLocalName (self->reader);
  g_auto(Attrs) attrs = ATTRS_INIT;
  const char *value;
  int line = self->line;
  int type;

  if (!read_known_attributes (self, element, NULL, &attrs))
    return NULL;

  g_string_truncate (self->text, 0);

  if (!xmlTextReaderIsEmptyElement (self->reader))
    {
      for (;;)
        {
          if (!advance (self, &type))
            return NULL;
          if (type == XML_READER_TYPE_END_ELEMENT)
            break;
          if (type == XML_READER_TYPE_ELEMENT)
            {
              fail (self, CG_IO_ERROR_INVALID, "<%s> can only hold text, not <%s>", element,
                    (const char *) xmlTextReaderConstName (self->reader));
              return NULL;
            }
          value = (const char *) xmlTextReaderConstValue (self->reader);
          if (value != NULL)
            g_string_append (self->text, value);
        }
    }

  if (self->text->len > CG_IDEA_MAX_TEXT &&
      g_utf8_strlen (self->text->str, self->text->len) > CG_IDEA_MAX_TEXT)
    {
      g_autofree char *what = describe_current (self);

      fail_at (self, CG_IO_ERROR_LIMIT, line,
               "the <%s> of %s is longer than %d characters",
               element, what, CG_IDEA_MAX_TEXT);
      return NULL;
    }

  return self->text->str;
}

/* Values */

static gboolean
check_id (Loader     *self,
          const char *attribute,
          const char *value)
{
  g_autofree char *what = NULL;

  if (value != NULL && cg_text_is_valid_id (value))
    return TRUE;

  what = describe_current (self);
  if (value == NULL)
    return fail (self, CG_IO_ERROR_INVALID, "%s has no %s", what, attribute);

  return fail (self, CG_IO_ERROR_INVALID,
               "%s '%s' of %s is not valid: ids are 1 to 64 letters, digits, '-' or '_'",
               attribute, value, what);
}

/* Records that @id (of @object, or of the workshop when NULL) appears on the current line. */
static gboolean
register_id (Loader     *self,
             const char *id,
             CgObject   *object)
{
  Entry entry = { object, self->line };
  gpointer index;

  index = g_hash_table_lookup (self->ids, id);
  if (index != NULL)
    return fail (self, CG_IO_ERROR_REFERENCE, "the id '%s' is used twice (first on line %d)",
                 id, g_array_index (self->entries, Entry, GPOINTER_TO_UINT (index) - 1).line);

  g_array_append_val (self->entries, entry);
  g_hash_table_insert (self->ids, (gpointer) id, GUINT_TO_POINTER (self->entries->len));

  return TRUE;
}

/* Makes an object of @type with the id in @value, owned by @array. */
static gpointer
create_object (Loader     *self,
               GType       type,
               GPtrArray  *array,
               const char *id)
{
  CgObject *object;

  self->id = NULL;
  if (!check_id (self, "id", id))
    return NULL;

  if (self->entries->len > CG_FILE_MAX_OBJECTS)
    {
      fail (self, CG_IO_ERROR_LIMIT, "the file holds more than %d objects", CG_FILE_MAX_OBJECTS);
      return NULL;
    }

  object = g_object_new (type, "id", id, NULL);
  g_ptr_array_add (array, object);
  self->id = cg_object_get_id (object);

  if (!register_id (self, self->id, object))
    return NULL;

  return object;
}

/* Notes that @owner's @attribute refers to @target, to be checked once everything is read. */
static gboolean
add_ref (Loader     *self,
         RefKind     kind,
         const char *attribute,
         gpointer    owner,
         const char *target,
         guint       count)
{
  Ref ref = { kind, self->line, count, owner, NULL };

  if (target == NULL)
    return TRUE;
  if (!check_id (self, attribute, target))
    return FALSE;

  ref.target = g_strdup (target);
  g_array_append_val (self->refs, ref);

  return TRUE;
}

static gboolean
parse_bool (Loader     *self,
            const char *attribute,
            const char *value,
            gboolean   *result)
{
  g_autofree char *what = NULL;

  if (value == NULL || g_str_equal (value, "false"))
    *result = FALSE;
  else if (g_str_equal (value, "true"))
    *result = TRUE;
  else
    {
      what = describe_current (self);
      return fail (self, CG_IO_ERROR_INVALID, "%s of %s is '%s'; it must be true or false",
                   attribute, what, value);
    }

  return TRUE;
}

/* A nick of @enum_type ("strength"); @value NULL leaves @result at its default. */
static gboolean
parse_enum (Loader     *self,
            GType       enum_type,
            const char *attribute,
            const char *value,
            int        *result)
{
  g_autoptr(GEnumClass) klass = NULL;
  g_autoptr(GString) nicks = NULL;
  g_autofree char *what = NULL;

  if (value == NULL || cg_enum_from_nick (enum_type, value, result))
    return TRUE;

  klass = g_type_class_ref (enum_type);
  nicks = g_string_new (NULL);
  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (nicks, "%s%s", i > 0 ? ", " : "", klass->values[i].value_nick);

  what = describe_current (self);
  return fail (self, CG_IO_ERROR_INVALID, "%s of %s is '%s'; it must be one of %s",
               attribute, what, value, nicks->str);
}

static gboolean
check_date (Loader     *self,
            const char *value)
{
  g_autofree char *what = NULL;

  if (value == NULL || cg_text_is_valid_date (value))
    return TRUE;

  what = describe_current (self);
  return fail (self, CG_IO_ERROR_INVALID,
               "date of %s is '%s'; it must be a real date written YYYY-MM-DD", what, value);
}

/* "YYYY-MM-DDTHH:MM:SSZ" in UTC. */
static GDateTime *
parse_created (Loader     *self,
               const char *value)
{
  GDateTime *created = value != NULL ? cg_text_parse_timestamp (value) : NULL;
  g_autofree char *what = NULL;

  if (created != NULL)
    return created;

  what = describe_current (self);
  if (value == NULL)
    fail (self, CG_IO_ERROR_INVALID, "%s has no created time", what);
  else
    fail (self, CG_IO_ERROR_INVALID,
          "created time of %s is '%s'; it must be a UTC time written YYYY-MM-DDTHH:MM:SSZ",
          what, value);

  return NULL;
}

/* "#rrggbb" into @colour; upper-case digits are accepted and made lower case. */
static gboolean
parse_colour (Loader     *self,
              const char *value,
              char      **colour)
{
  g_autofree char *what = NULL;

  if (value == NULL)
    return TRUE;

  *colour = cg_text_normalize_colour (value);
  if (*colour != NULL)
    return TRUE;

  what = describe_current (self);
  return fail (self, CG_IO_ERROR_INVALID,
               "colour of %s is '%s'; it must be written #rrggbb, like #3465a4", what, value);
}

/* A whole number from 1 to MAX_COUNT. */
static guint
parse_count (Loader     *self,
             const char *element,
             const char *value)
{
  g_autofree char *what = NULL;
  guint64 count = 0;

  if (value != NULL && *value != '\0' && strlen (value) <= 8 &&
      strspn (value, "0123456789") == strlen (value))
    count = g_ascii_strtoull (value, NULL, 10);

  if (count >= 1 && count <= MAX_COUNT)
    return (guint) count;

  what = describe_current (self);
  if (value == NULL)
    fail (self, CG_IO_ERROR_INVALID, "<%s> of %s has no count", element, what);
  else
    fail (self, CG_IO_ERROR_INVALID,
          "count of <%s> of %s is '%s'; it must be a whole number from 1 to %d",
          element, what, value, MAX_COUNT);

  return 0;
}

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

  if (!read_known_attributes (self, element, names, &attrs))
    return FALSE;

  if (attrs.values[0] == NULL)
    {
      g_autofree char *what = describe_current (self);

      return fail (self, CG_IO_ERROR_INVALID, "<%s> of %s has no %s", element, what, names[0]);
    }

  if (tally && (count = parse_count (self, element, attrs.values[1])) == 0)
    return FALSE;

  return add_ref (self, kind, names[0], owner, attrs.values[0], count) &&
         read_no_children (self, element);
}

static gboolean
read_child (Loader          *self,
            const ChildSpec *spec,
            gpointer         object)
{
  const char *text;

  if (spec->read != NULL)
    return spec->read (self, object);
  if (spec->set_text == NULL)
    return read_link (self, spec->name, spec->link, object);

  text = read_text (self);
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
  if (!read_known_attributes (self, "event", names, &attrs))
    return FALSE;

  event = create_object (self, CG_TYPE_EVENT, self->objects[EVENTS], attrs.values[0]);
  if (event == NULL || !check_date (self, attrs.values[1]))
    return FALSE;
  if (attrs.values[1] != NULL)
    cg_event_set_date (event, attrs.values[1]);

  return read_children (self, "event", children, G_N_ELEMENTS (children), line, event);
}

/* A voice or a theme, whose first attributes are its id and its colour. */
static gpointer
create_coloured (Loader *self,
                 GType   type,
                 guint   collection,
                 Attrs  *attrs)
{
  g_autofree char *colour = NULL;
  gpointer object = create_object (self, type, self->objects[collection], attrs->values[0]);

  if (object == NULL || !parse_colour (self, attrs->values[1], &colour))
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
  if (!read_known_attributes (self, "voice", names, &attrs))
    return FALSE;

  voice = create_coloured (self, CG_TYPE_VOICE, VOICES, &attrs);
  if (voice == NULL)
    return FALSE;

  return read_children (self, "voice", children, G_N_ELEMENTS (children), line, voice);
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
  if (!read_known_attributes (self, "theme", names, &attrs))
    return FALSE;

  theme = create_coloured (self, CG_TYPE_THEME, THEMES, &attrs);
  if (theme == NULL)
    return FALSE;
  if (attrs.values[2] != NULL)
    cg_theme_set_framework (theme, attrs.values[2]);

  return read_children (self, "theme", children, G_N_ELEMENTS (children), line, theme);
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
  IDEA_CREATED,
  IDEA_CARRIED_FROM,
};

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
  char **v = attrs->values;

  if (!add_ref (self, REF_IDEA_EVENT, "event", idea, v[IDEA_EVENT], 0) ||
      !add_ref (self, REF_IDEA_THEME, "theme", idea, v[IDEA_THEME], 0) ||
      !add_ref (self, REF_IDEA_VOICE, "voice", idea, v[IDEA_VOICE], 0) ||
      !add_ref (self, REF_CARRIED_FROM, "carried-from", idea, v[IDEA_CARRIED_FROM], 0) ||
      !parse_enum (self, CG_TYPE_IDEA_KIND, "kind", v[IDEA_KIND], &kind) ||
      !parse_enum (self, CG_TYPE_IDEA_STATUS, "status", v[IDEA_STATUS], &status) ||
      !parse_bool (self, "private", v[IDEA_PRIVATE], &private_) ||
      !parse_bool (self, "beyond-service", v[IDEA_BEYOND_SERVICE], &beyond_service))
    return FALSE;

  created = parse_created (self, v[IDEA_CREATED]);
  if (created == NULL)
    return FALSE;

  cg_idea_set_kind (idea, kind);
  cg_idea_set_status (idea, status);
  cg_idea_set_private (idea, private_);
  cg_idea_set_beyond_service (idea, beyond_service);
  cg_idea_set_created (idea, created);
  if (v[IDEA_CARRIED_FROM] != NULL)
    cg_idea_set_carried_from (idea, v[IDEA_CARRIED_FROM]);

  return TRUE;
}

static gboolean
read_idea (Loader  *self,
           gpointer unused)
{
  static const char * const names[] = {
    "id", "event", "theme", "voice", "kind", "status", "private", "beyond-service", "created",
    "carried-from", NULL
  };
  static const ChildSpec children[] = {
    { "text", CHILD_REQUIRED, (SetTextFunc) cg_idea_set_text },
    { "votes", CHILD_REPEAT, NULL, NULL, REF_VOTES },
  };
  g_auto(Attrs) attrs = ATTRS_INIT;
  int line = self->line;
  CgIdea *idea;

  self->noun = "idea";
  if (!read_known_attributes (self, "idea", names, &attrs))
    return FALSE;

  if (self->objects[IDEAS]->len >= CG_FILE_MAX_IDEAS)
    return fail (self, CG_IO_ERROR_LIMIT, "the file holds more than %d ideas",
                 CG_FILE_MAX_IDEAS);

  idea = create_object (self, CG_TYPE_IDEA, self->objects[IDEAS], attrs.values[IDEA_ID]);
  if (idea == NULL || !set_idea_attributes (self, idea, &attrs))
    return FALSE;

  return read_children (self, "idea", children, G_N_ELEMENTS (children), line, idea);
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
  if (!read_known_attributes (self, "action", names, &attrs))
    return FALSE;

  action = create_object (self, CG_TYPE_ACTION, self->objects[ACTIONS], attrs.values[0]);
  if (action == NULL ||
      !add_ref (self, REF_ACTION_THEME, "theme", action, attrs.values[1], 0) ||
      !parse_enum (self, CG_TYPE_ACTION_STATUS, "status", attrs.values[2], &status))
    return FALSE;
  cg_action_set_status (action, status);

  return read_children (self, "action", children, G_N_ELEMENTS (children), line, action);
}

/* <events>, <voices>, <themes>, <ideas> or <actions>: a list of one kind of object. */
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
  };
  const char *section = (const char *) xmlTextReaderConstLocalName (self->reader);
  g_auto(Attrs) attrs = ATTRS_INIT;
  guint i = 0;

  if (!read_known_attributes (self, section, NULL, &attrs))
    return FALSE;

  /* "events" holds <event>s, and so on. */
  while (!g_str_has_prefix (section, items[i].name))
    i++;

  return read_children (self, section, &items[i], 1, self->line, NULL);
}

static void
set_workshop_title (gpointer    loader,
                    const char *title)
{
  Loader *self = loader;

  g_free (self->title);
  self->title = g_strdup (title);
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
    return fail (self, CG_IO_ERROR_VERSION, "the workshop has no version");

  dot = strchr (version, '.');
  if (dot == NULL || dot == version || dot[1] == '\0' ||
      strspn (version, "0123456789") != (gsize) (dot - version) ||
      strspn (dot + 1, "0123456789") != strlen (dot + 1) || dot - version > 6)
    return fail (self, CG_IO_ERROR_VERSION,
                 "the version '%s' is not valid; it must be written MAJOR.MINOR, like 1.0",
                 version);

  major = g_ascii_strtoull (version, NULL, 10);
  if (major > CG_FILE_VERSION_MAJOR)
    return fail (self, CG_IO_ERROR_VERSION,
                 "the file was written by a newer version of Common Ground (%s); update "
                 "Common Ground to open it", version);
  if (major < CG_FILE_VERSION_MAJOR)
    return fail (self, CG_IO_ERROR_VERSION, "the file format version %s is not supported",
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
                 "this is not a Common Ground workshop file: it holds <%s> instead of <workshop>",
                 (const char *) xmlTextReaderConstName (self->reader));

  if (uri == NULL)
    return fail (self, CG_IO_ERROR_INVALID,
                 "this is not a Common Ground workshop file: <workshop> has no namespace "
                 "(it should be xmlns=\"%s\")", CG_FILE_NAMESPACE);

  if (!g_str_equal (uri, CG_FILE_NAMESPACE))
    {
      const char *prefix = "urn:commonground:workshop:";

      if (g_str_has_prefix (uri, prefix))
        return fail (self, CG_IO_ERROR_VERSION,
                     "the file was written by a newer version of Common Ground (namespace "
                     "'%s'); update Common Ground to open it", uri);

      return fail (self, CG_IO_ERROR_INVALID,
                   "this is not a Common Ground workshop file: <workshop> is in the namespace "
                   "'%s' instead of '%s'", uri, CG_FILE_NAMESPACE);
    }

  return TRUE;
}

static gboolean
read_workshop (Loader *self)
{
  static const char * const names[] = { "version", "id", NULL };
  static const ChildSpec children[] = {
    { "title", CHILD_REQUIRED, set_workshop_title },
    { "events", 0, NULL, read_section },
    { "voices", 0, NULL, read_section },
    { "themes", 0, NULL, read_section },
    { "ideas", 0, NULL, read_section },
    { "actions", 0, NULL, read_section },
  };
  g_auto(Attrs) attrs = ATTRS_INIT;
  int line;
  int type;

  if (!advance (self, &type))
    return FALSE;
  line = self->line;
  if (type != XML_READER_TYPE_ELEMENT)
    return fail_at (self, CG_IO_ERROR_INVALID, node_line (self),
                    "this is not a Common Ground workshop file");

  self->noun = "workshop";
  if (!check_root (self))
    return FALSE;

  read_attributes (self, names, &attrs);
  if (!check_version (self, attrs.values[0]) ||
      !refuse_unknown_attribute (self, "workshop", &attrs) ||
      !check_id (self, "id", attrs.values[1]))
    return FALSE;

  self->workshop_id = g_steal_pointer (&attrs.values[1]);
  self->id = self->workshop_id;
  if (!register_id (self, self->workshop_id, NULL) ||
      !read_children (self, "workshop", children, G_N_ELEMENTS (children), line, self))
    return FALSE;

  /* Only comments and whitespace may follow; libxml2 refuses anything else itself. */
  while (advance (self, &type))
    ;

  return self->error == NULL && self->xml_message == NULL;
}

/* References */

static GType
ref_target_type (RefKind kind)
{
  switch (kind)
    {
    case REF_IDEA_EVENT:
    case REF_ATTENDANCE:
    case REF_VOTES:
      return CG_TYPE_EVENT;
    case REF_IDEA_THEME:
    case REF_ACTION_THEME:
      return CG_TYPE_THEME;
    case REF_IDEA_VOICE:
      return CG_TYPE_VOICE;
    case REF_CARRIED_FROM:
    case REF_ACTION_IDEA:
    default:
      return CG_TYPE_IDEA;
    }
}

static const char *
type_noun (GType type)
{
  if (type == CG_TYPE_EVENT)
    return "event";
  if (type == CG_TYPE_VOICE)
    return "voice";
  if (type == CG_TYPE_THEME)
    return "theme";
  if (type == CG_TYPE_IDEA)
    return "idea";
  if (type == CG_TYPE_ACTION)
    return "action";
  return "workshop";
}

static char *
describe_object (CgObject *object)
{
  return g_strdup_printf ("%s '%s'", type_noun (G_OBJECT_TYPE (object)), cg_object_get_id (object));
}

/* Applies one reference; the target exists and has the right type. */
static gboolean
apply_ref (Loader   *self,
           Ref      *ref,
           CgObject *target)
{
  const char *twice = NULL;

  switch (ref->kind)
    {
    case REF_IDEA_EVENT:
      cg_idea_set_event (CG_IDEA (ref->owner), CG_EVENT (target));
      break;
    case REF_IDEA_THEME:
      cg_idea_set_theme (CG_IDEA (ref->owner), CG_THEME (target));
      break;
    case REF_IDEA_VOICE:
      cg_idea_set_voice (CG_IDEA (ref->owner), CG_VOICE (target));
      break;
    case REF_CARRIED_FROM:
      break;  /* set while reading; only checked here */
    case REF_ATTENDANCE:
      if (cg_voice_get_attendance (CG_VOICE (ref->owner), CG_EVENT (target)) != 0)
        twice = "two attendance counts for event";
      else
        cg_voice_set_attendance (CG_VOICE (ref->owner), CG_EVENT (target), ref->count);
      break;
    case REF_VOTES:
      if (cg_idea_get_votes (CG_IDEA (ref->owner), CG_EVENT (target)) != 0)
        twice = "two vote counts for event";
      else
        cg_idea_set_votes (CG_IDEA (ref->owner), CG_EVENT (target), ref->count);
      break;
    case REF_ACTION_THEME:
      cg_action_set_theme (CG_ACTION (ref->owner), CG_THEME (target));
      break;
    case REF_ACTION_IDEA:
    default:
      if (cg_action_links_idea (CG_ACTION (ref->owner), ref->target))
        twice = "two links to idea";
      else
        cg_action_link_idea (CG_ACTION (ref->owner), ref->target);
      break;
    }

  if (twice != NULL)
    {
      g_autofree char *what = describe_object (ref->owner);

      return fail_at (self, CG_IO_ERROR_INVALID, ref->line, "%s has %s '%s'",
                      what, twice, ref->target);
    }

  return TRUE;
}

static gboolean
resolve_refs (Loader *self)
{
  for (guint i = 0; i < self->refs->len; i++)
    {
      Ref *ref = &g_array_index (self->refs, Ref, i);
      GType type = ref_target_type (ref->kind);
      gpointer index = g_hash_table_lookup (self->ids, ref->target);
      g_autofree char *what = NULL;
      CgObject *target;

      if (index == NULL || (target = g_array_index (self->entries, Entry,
                                                    GPOINTER_TO_UINT (index) - 1).object,
                            target == NULL || !G_TYPE_CHECK_INSTANCE_TYPE (target, type)))
        what = describe_object (ref->owner);

      if (index == NULL)
        return fail_at (self, CG_IO_ERROR_REFERENCE, ref->line,
                        "%s refers to %s '%s' which does not exist",
                        what, type_noun (type), ref->target);

      if (target == NULL || !G_TYPE_CHECK_INSTANCE_TYPE (target, type))
        return fail_at (self, CG_IO_ERROR_REFERENCE, ref->line,
                        "%s refers to %s '%s', but '%s' is %s %s",
                        what, type_noun (type), ref->target, ref->target,
                        target == NULL ? "the" : "a",
                        target == NULL ? "workshop" : type_noun (G_OBJECT_TYPE (target)));

      if (!apply_ref (self, ref, target))
        return FALSE;
    }

  return TRUE;
}

static CgWorkshop *
build_workshop (Loader *self)
{
  GType types[N_COLLECTIONS] = {
    CG_TYPE_EVENT, CG_TYPE_VOICE, CG_TYPE_THEME, CG_TYPE_IDEA, CG_TYPE_ACTION
  };
  CgWorkshop *workshop;

  workshop = cg_workshop_new_with_id (self->workshop_id, self->title);
  for (guint i = 0; i < N_COLLECTIONS; i++)
    if (self->objects[i]->len > 0)
      cg_workshop_append_loaded (workshop, types[i], self->objects[i]->pdata,
                                 self->objects[i]->len);

  return workshop;
}

static gboolean
parse (Loader     *self,
       const char *data,
       gsize       length)
{
  /* Never XML_PARSE_NOENT, _DTDLOAD, _DTDATTR, _DTDVALID or _HUGE. IGNORE_ENC: the file is
   * UTF-8 whatever its declaration says. */
  int options = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES |
                XML_PARSE_IGNORE_ENC | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
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
      ok = read_workshop (self);
    }
  else
    ok = FALSE;

  xmlSetStructuredErrorFunc (saved_context, saved_handler);

  if (!ok && self->error == NULL)
    {
      if (self->xml_message != NULL)
        return fail_with_xml_error (self, data, length);
      return fail_at (self, CG_IO_ERROR_PARSE, 0, "the file could not be read");
    }

  return ok && resolve_refs (self);
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

  xmlInitParser ();
  loader_init (&self, display_name != NULL ? display_name : "workshop");

  if (parse (&self, data != NULL ? data : "", length))
    workshop = build_workshop (&self);
  else
    g_propagate_error (error, g_steal_pointer (&self.error));

  loader_clear (&self);

  return workshop;
}

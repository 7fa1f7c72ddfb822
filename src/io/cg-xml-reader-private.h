/* cg-xml-reader-private.h: what the parts of the workshop file reader share
 *
 * The reader is split by what each part does: cg-xml-reader.c sets up libxml2, checks the raw
 * bytes and words the errors; cg-xml-guard.c walks the markup once before libxml2 does, refusing
 * what would make libxml2 slow; cg-xml-reader-nodes.c walks elements, attributes and text;
 * cg-xml-reader-values.c checks ids and values; cg-xml-reader-elements.c reads each element into
 * its object; cg-xml-resolve.c resolves references and builds the workshop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/xmlreader.h>

#include "io/cg-io.h"

G_BEGIN_DECLS

#define MAX_ATTRS     13

/* Limits of the walk before libxml2 (cg-xml-guard.c), each far beyond what the writer writes;
 * see there for what libxml2 2.9.14 does past them. */
#define GUARD_MAX_ATTRIBUTES     64     /* on one tag; the writer's most is 11 */
#define GUARD_MAX_NAMESPACES     16     /* declared on one tag; the writer declares one */
#define GUARD_MAX_ALL_NAMESPACES 10000  /* prefixes declared in the whole file */
#define GUARD_MAX_NAME           256    /* characters in a name; the writer's longest has 14 */
#define GUARD_MAX_DEPTH          64     /* the loader stops at CG_FILE_MAX_DEPTH, libxml2 at 256 */
#define GUARD_MAX_CONSTRUCT      (1024 * 1024)  /* bytes in a tag, comment, CDATA section or PI */
#define GUARD_MAX_TEXT           (1024 * 1024)  /* bytes of text and CDATA between two tags */
#define GUARD_MAX_COMMENTS       100000
/* Bytes the parser's look-ahead may scan again, over all tags, comments, CDATA sections and
 * PIs holding '>' signs: about 0.3 s of CPU at most (tests/bench/bench-hostile, gt-at-budget). */
#define GUARD_MAX_LOOKAHEAD      (G_GUINT64_CONSTANT (1) << 29)

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
  PARTICIPANTS,
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
  char            *properties[6]; /* the workshop's facilitator, description, thanks, support,
                                   * keep-until and log */
  GPtrArray       *erased;       /* ids of ideas removed at a person's request, NULL-ended */
  GPtrArray       *objects[N_COLLECTIONS];
  GArray          *entries;      /* Entry */
  GHashTable      *ids;          /* id (borrowed) -> index in entries + 1 */
  GArray          *refs;         /* Ref */
  guint            n_counts;     /* votes and attendance read so far */
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

void cg_xml_attrs_clear (Attrs *attrs);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Attrs, cg_xml_attrs_clear)

/* Errors (cg-xml-reader.c) */

/* Keeps the first error only, as "NAME:LINE: message" (LINE 0: "NAME: message"); always returns
 * FALSE so callers can "return cg_xml_fail_at (...)". */
gboolean    cg_xml_fail_at          (Loader     *self,
                                     CgIoError   code,
                                     int         line,
                                     const char *format,
                                     ...) G_GNUC_PRINTF (4, 5);
#define fail(self, code, ...) cg_xml_fail_at ((self), (code), (self)->line, __VA_ARGS__)

/* "the idea" (no id yet) or "idea 'b1c'": the object being read, translated, for messages.
 * Returns: (transfer full). */
char       *cg_xml_describe_current (Loader     *self);
/* The same for an object of kind @noun ("idea") with @id (NULL: "the idea").
 * Returns: (transfer full). */
char       *cg_xml_describe         (const char *noun,
                                     const char *id);
/* "an idea", "the workshop". Returns: (transfer none). */
const char *cg_xml_a_noun           (const char *noun);
int         cg_xml_count_lines      (const char *data,
                                     gsize       length);

/* One linear walk over the markup before libxml2 reads it (cg-xml-guard.c): FALSE, with a
 * CG_IO_ERROR_LIMIT error naming the line, for anything past the GUARD_MAX_ limits. */
gboolean    cg_xml_guard            (Loader     *self,
                                     const char *data,
                                     gsize       length);

/* Walking the document (cg-xml-reader-nodes.c) */

int          cg_xml_node_line                (Loader             *self);
gboolean     cg_xml_advance                  (Loader             *self,
                                              int                *type);
void         cg_xml_read_attributes          (Loader             *self,
                                              const char * const *names,
                                              Attrs              *attrs);
gboolean     cg_xml_refuse_unknown_attribute (Loader             *self,
                                              const char         *element,
                                              Attrs              *attrs);
gboolean     cg_xml_read_known_attributes    (Loader             *self,
                                              const char         *element,
                                              const char * const *names,
                                              Attrs              *attrs);
gboolean     cg_xml_read_children            (Loader             *self,
                                              const char         *element,
                                              const ChildSpec    *specs,
                                              guint               n_specs,
                                              int                 line,
                                              gpointer            object);
gboolean     cg_xml_read_no_children         (Loader             *self,
                                              const char         *element);
/* Returns: (transfer none) (nullable). */
const char  *cg_xml_read_text                (Loader             *self);

/* Ids and values (cg-xml-reader-values.c) */

gboolean   cg_xml_check_id      (Loader     *self,
                                 const char *attribute,
                                 const char *value);
gboolean   cg_xml_register_id   (Loader     *self,
                                 const char *id,
                                 CgObject   *object);
/* Returns: (transfer none) (nullable). */
gpointer   cg_xml_create_object (Loader     *self,
                                 GType       type,
                                 GPtrArray  *array,
                                 const char *id);
gboolean   cg_xml_add_ref       (Loader     *self,
                                 RefKind     kind,
                                 const char *attribute,
                                 gpointer    owner,
                                 const char *target,
                                 guint       count);
gboolean   cg_xml_parse_bool    (Loader     *self,
                                 const char *attribute,
                                 const char *value,
                                 gboolean   *result);
gboolean   cg_xml_parse_enum    (Loader     *self,
                                 GType       enum_type,
                                 const char *attribute,
                                 const char *value,
                                 int        *result);
gboolean   cg_xml_check_date    (Loader     *self,
                                 const char *value);
/* Returns: (transfer full) (nullable). */
GDateTime *cg_xml_parse_created (Loader     *self,
                                 const char *value);
gboolean   cg_xml_parse_colour  (Loader     *self,
                                 const char *value,
                                 char      **colour);
guint      cg_xml_parse_count   (Loader     *self,
                                 const char *element,
                                 const char *value);

/* Elements (cg-xml-reader-elements.c) */

gboolean   cg_xml_read_child    (Loader          *self,
                                 const ChildSpec *spec,
                                 gpointer         object);
gboolean   cg_xml_read_workshop (Loader          *self);
/* Gives @workshop (just built) the properties read with it, recording no undo steps. */
void       cg_xml_set_properties (Loader          *self,
                                  CgWorkshop      *workshop);

/* References and the workshop (cg-xml-resolve.c) */

gboolean    cg_xml_resolve_refs   (Loader *self);
CgWorkshop *cg_xml_build_workshop (Loader *self);  /* (transfer full) (nullable) */

G_END_DECLS

/* cg-xml-reader-nodes.c: walking the elements, attributes and text of a workshop file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "io/cg-xml-reader-private.h"

#define XMLNS_URI "http://www.w3.org/2000/xmlns/"

void
cg_xml_attrs_clear (Attrs *attrs)
{
  for (guint i = 0; i < MAX_ATTRS; i++)
    g_clear_pointer (&attrs->values[i], g_free);
  g_clear_pointer (&attrs->unknown, g_free);
}

/* The line of the current node. libxml2 keeps lines past 65,535 for text nodes only (with
 * XML_PARSE_BIG_LINES), so an element that far down takes the line where the text before it
 * (its indentation) ends. Below that, an element's line is where its start tag ends. */
int
cg_xml_node_line (Loader *self)
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
gboolean
cg_xml_advance (Loader *self,
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
          self->last_line = cg_xml_node_line (self);
          return TRUE;

        case XML_READER_TYPE_PROCESSING_INSTRUCTION:
          return cg_xml_fail_at (self, CG_IO_ERROR_UNSAFE, cg_xml_node_line (self),
                                 _("the file holds a processing instruction (<?%s ...?>), which "
                                   "workshop files never have"),
                                 (const char *) xmlTextReaderConstName (self->reader));

        case XML_READER_TYPE_DOCUMENT_TYPE:
        case XML_READER_TYPE_ENTITY:
        case XML_READER_TYPE_ENTITY_REFERENCE:
        case XML_READER_TYPE_NOTATION:
          return cg_xml_fail_at (self, CG_IO_ERROR_UNSAFE, cg_xml_node_line (self),
                                 _("the file uses a DTD or entities, which workshop files never "
                                   "have"));

        case XML_READER_TYPE_ELEMENT:
          self->line = self->last_line = cg_xml_node_line (self);
          if (xmlTextReaderDepth (self->reader) >= CG_FILE_MAX_DEPTH)
            return fail (self, CG_IO_ERROR_LIMIT,
                         _("elements are nested too deeply (more than %d levels)"),
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

  while (cg_xml_advance (self, &type))
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
              return cg_xml_fail_at (self, CG_IO_ERROR_INVALID,
                                     self->text_line + cg_xml_count_lines (text, start) - 1,
                                     _("unexpected text inside <%s>"), parent);
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
void
cg_xml_read_attributes (Loader             *self,
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

gboolean
cg_xml_refuse_unknown_attribute (Loader     *self,
                                 const char *element,
                                 Attrs      *attrs)
{
  if (attrs->unknown == NULL)
    return TRUE;

  return fail (self, CG_IO_ERROR_INVALID, _("unknown attribute '%s' on <%s>"),
               attrs->unknown, element);
}

gboolean
cg_xml_read_known_attributes (Loader             *self,
                              const char         *element,
                              const char * const *names,
                              Attrs              *attrs)
{
  cg_xml_read_attributes (self, names, attrs);
  return cg_xml_refuse_unknown_attribute (self, element, attrs);
}

/* Reads the children of the current element (whose line is @line) in the order of @specs,
 * into @object. */
gboolean
cg_xml_read_children (Loader          *self,
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
            return fail (self, CG_IO_ERROR_INVALID, _("unknown element <%s> inside <%s>"),
                         (const char *) xmlTextReaderConstName (self->reader), element);
          if ((int) i == last && !(specs[i].flags & CHILD_REPEAT))
            return fail (self, CG_IO_ERROR_INVALID, _("<%s> appears twice inside <%s>"),
                         name, element);
          if ((int) i < last)
            return fail (self, CG_IO_ERROR_INVALID, _("<%s> must come before <%s> inside <%s>"),
                         name, specs[last].name, element);

          last = i;
          seen |= 1u << i;
          if (!cg_xml_read_child (self, &specs[i], object))
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
        g_autofree char *what = cg_xml_describe_current (self);

        /* Translators: "%s" names an object ("idea 'i1'"); <%s> is an element of the file,
         * which stays as it is */
        return cg_xml_fail_at (self, CG_IO_ERROR_INVALID, line, _("%s has no <%s>"),
                               what, specs[i].name);
      }

  return TRUE;
}

/* An element that holds no children and no text (attendance, votes, idea ref). */
gboolean
cg_xml_read_no_children (Loader     *self,
                         const char *element)
{
  return cg_xml_read_children (self, element, NULL, 0, self->line, NULL);
}

/* Reads the text of the current element, exactly (whitespace kept). The result belongs to the
 * loader and lasts until the next call; NULL on an error. */
const char *
cg_xml_read_text (Loader *self)
{
  const char *element = (const char *) xmlTextReaderConstLocalName (self->reader);
  g_auto(Attrs) attrs = ATTRS_INIT;
  const char *value;
  int line = self->line;
  int type;

  if (!cg_xml_read_known_attributes (self, element, NULL, &attrs))
    return NULL;

  g_string_truncate (self->text, 0);

  if (!xmlTextReaderIsEmptyElement (self->reader))
    {
      for (;;)
        {
          if (!cg_xml_advance (self, &type))
            return NULL;
          if (type == XML_READER_TYPE_END_ELEMENT)
            break;
          if (type == XML_READER_TYPE_ELEMENT)
            {
              fail (self, CG_IO_ERROR_INVALID, _("<%s> can only hold text, not <%s>"), element,
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
      g_autofree char *what = cg_xml_describe_current (self);

      cg_xml_fail_at (self, CG_IO_ERROR_LIMIT, line,
                      _("the <%s> of %s is longer than %d characters"),
                      element, what, CG_IDEA_MAX_TEXT);
      return NULL;
    }

  return self->text->str;
}

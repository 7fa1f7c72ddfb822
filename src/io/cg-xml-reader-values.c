/* cg-xml-reader-values.c: ids, references and the values of attributes in a workshop file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "io/cg-xml-reader-private.h"
#include "model/cg-text.h"

/* The largest attendance or vote count. */
#define MAX_COUNT 1000000

gboolean
cg_xml_check_id (Loader     *self,
                 const char *attribute,
                 const char *value)
{
  g_autofree char *what = NULL;

  if (value != NULL && cg_text_is_valid_id (value))
    return TRUE;

  what = cg_xml_describe_current (self);
  if (value == NULL)
    /* Translators: "the idea has no id"; the second %s is an attribute of the file, which
     * stays as it is, and so do the attribute names in the messages below */
    return fail (self, CG_IO_ERROR_INVALID, _("%s has no %s"), what, attribute);

  return fail (self, CG_IO_ERROR_INVALID,
               _("%s '%s' of %s is not valid: ids are 1 to 64 letters, digits, '-' or '_'"),
               attribute, value, what);
}

/* Records that @id (of @object, or of the workshop when NULL) appears on the current line. */
gboolean
cg_xml_register_id (Loader     *self,
                    const char *id,
                    CgObject   *object)
{
  Entry entry = { object, self->line };
  gpointer index;

  index = g_hash_table_lookup (self->ids, id);
  if (index != NULL)
    return fail (self, CG_IO_ERROR_REFERENCE, _("the id '%s' is used twice (first on line %d)"),
                 id, g_array_index (self->entries, Entry, GPOINTER_TO_UINT (index) - 1).line);

  g_array_append_val (self->entries, entry);
  g_hash_table_insert (self->ids, (gpointer) id, GUINT_TO_POINTER (self->entries->len));

  return TRUE;
}

/* Makes an object of @type with the id in @value, owned by @array. */
gpointer
cg_xml_create_object (Loader     *self,
                      GType       type,
                      GPtrArray  *array,
                      const char *id)
{
  CgObject *object;

  self->id = NULL;
  if (!cg_xml_check_id (self, "id", id))
    return NULL;

  if (self->entries->len > CG_FILE_MAX_OBJECTS)
    {
      fail (self, CG_IO_ERROR_LIMIT, _("the file holds more than %d objects"),
            CG_FILE_MAX_OBJECTS);
      return NULL;
    }

  object = g_object_new (type, "id", id, NULL);
  g_ptr_array_add (array, object);
  self->id = cg_object_get_id (object);

  if (!cg_xml_register_id (self, self->id, object))
    return NULL;

  return object;
}

/* Notes that @owner's @attribute refers to @target, to be checked once everything is read. */
gboolean
cg_xml_add_ref (Loader     *self,
                RefKind     kind,
                const char *attribute,
                gpointer    owner,
                const char *target,
                guint       count)
{
  Ref ref = { kind, self->line, count, owner, NULL };

  if (target == NULL)
    return TRUE;
  if (!cg_xml_check_id (self, attribute, target))
    return FALSE;
  if ((kind == REF_VOTES || kind == REF_ATTENDANCE) && ++self->n_counts > CG_FILE_MAX_COUNTS)
    return fail (self, CG_IO_ERROR_LIMIT,
                 _("the workshop holds more than %d vote and attendance counts"),
                 CG_FILE_MAX_COUNTS);

  ref.target = g_strdup (target);
  g_array_append_val (self->refs, ref);

  return TRUE;
}

gboolean
cg_xml_parse_bool (Loader     *self,
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
      what = cg_xml_describe_current (self);
      return fail (self, CG_IO_ERROR_INVALID, _("%s of %s is '%s'; it must be true or false"),
                   attribute, what, value);
    }

  return TRUE;
}

/* A nick of @enum_type ("strength"); @value NULL leaves @result at its default. */
gboolean
cg_xml_parse_enum (Loader     *self,
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

  what = cg_xml_describe_current (self);
  return fail (self, CG_IO_ERROR_INVALID, _("%s of %s is '%s'; it must be one of %s"),
               attribute, what, value, nicks->str);
}

gboolean
cg_xml_check_date (Loader     *self,
                   const char *value)
{
  g_autofree char *what = NULL;

  if (value == NULL || cg_text_is_valid_date (value))
    return TRUE;

  what = cg_xml_describe_current (self);
  return fail (self, CG_IO_ERROR_INVALID,
               _("date of %s is '%s'; it must be a real date written YYYY-MM-DD"), what, value);
}

/* "YYYY-MM-DDTHH:MM:SSZ" in UTC. */
GDateTime *
cg_xml_parse_created (Loader     *self,
                      const char *value)
{
  GDateTime *created = value != NULL ? cg_text_parse_timestamp (value) : NULL;
  g_autofree char *what = NULL;

  if (created != NULL)
    return created;

  what = cg_xml_describe_current (self);
  if (value == NULL)
    fail (self, CG_IO_ERROR_INVALID, _("%s has no created time"), what);
  else
    fail (self, CG_IO_ERROR_INVALID,
          _("created time of %s is '%s'; it must be a UTC time written YYYY-MM-DDTHH:MM:SSZ"),
          what, value);

  return NULL;
}

/* "#rrggbb" into @colour; upper-case digits are accepted and made lower case. */
gboolean
cg_xml_parse_colour (Loader     *self,
                     const char *value,
                     char      **colour)
{
  g_autofree char *what = NULL;

  if (value == NULL)
    return TRUE;

  *colour = cg_text_normalize_colour (value);
  if (*colour != NULL)
    return TRUE;

  what = cg_xml_describe_current (self);
  return fail (self, CG_IO_ERROR_INVALID,
               _("colour of %s is '%s'; it must be written #rrggbb, like #3465a4"), what, value);
}

/* A whole number from 1 to MAX_COUNT. */
guint
cg_xml_parse_count (Loader     *self,
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

  what = cg_xml_describe_current (self);
  if (value == NULL)
    fail (self, CG_IO_ERROR_INVALID, _("<%s> of %s has no count"), element, what);
  else
    fail (self, CG_IO_ERROR_INVALID,
          _("count of <%s> of %s is '%s'; it must be a whole number from 1 to %d"),
          element, what, value, MAX_COUNT);

  return 0;
}

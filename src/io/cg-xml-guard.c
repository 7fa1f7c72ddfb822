/* cg-xml-guard.c: one linear pass over a workshop file's markup, before libxml2 reads it
 *
 * libxml2 2.9.14 does more than linear work on some shapes of input, so a hostile file of a few
 * megabytes could keep the loader busy for minutes:
 *  - it compares every attribute of a start tag with every other one (200,000 attributes take
 *    minutes), and every namespace declaration of a tag with the others;
 *  - every distinct namespace prefix and name goes into one dictionary whose hash table stops
 *    growing at a few thousand buckets, so each further name costs more than the last;
 *  - the streaming reader feeds the parser 512 bytes at a time, and while a tag, comment, CDATA
 *    section or processing instruction is unfinished, every piece holding a '>' makes the parser
 *    scan back over all of it: a long one full of '>' signs costs its length squared;
 *  - past 10 MB a construct, or past 10 MB of text one text node, it gives up with messages like
 *    "internal error: Huge input lookup" that tell a facilitator nothing.
 * This walk reads tags, comments, CDATA sections, processing instructions and quoted attribute
 * values (either quote) the way the parser's look-ahead does, and refuses, with the line and in
 * plain words, anything far beyond what a workshop file holds. Every limit is many times what
 * cg-xml-writer.c writes (at most 11 attributes on a tag, one namespace, names of 14 letters,
 * 4 levels, no comments or CDATA, text of at most 10,000 characters).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "io/cg-xml-reader-private.h"

/* The streaming reader's piece size (CHUNK_SIZE in libxml2's xmlreader.c). */
#define PIECE 512
#define MB (1024 * 1024)

typedef struct
{
  Loader     *loader;
  const char *data;
  const char *end;
  const char *text_start;   /* where the text since the last tag starts (NULL: none yet) */
  gsize       text_length;  /* bytes of text and CDATA since the last tag */
  guint       depth;
  guint       n_namespaces; /* prefixes declared so far */
  guint       n_comments;
  guint64     lookahead;    /* what the parser's look-ahead will scan, in bytes */
} Guard;

static gboolean
refuse (Guard      *self,
        const char *where,
        const char *format,
        ...) G_GNUC_PRINTF (3, 4);

static gboolean
refuse (Guard      *self,
        const char *where,
        const char *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  return cg_xml_fail_at (self->loader, CG_IO_ERROR_LIMIT,
                         cg_xml_count_lines (self->data, where - self->data), "%s", message);
}

static inline gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* A name runs to the next space or delimiter: wider than XML's names, so that a well-formed
 * file is always read right, and anything else is an error libxml2 reports itself. */
static inline gboolean
ends_name (char c)
{
  return is_space (c) || c == '=' || c == '>' || c == '/' || c == '<' || c == '"' ||
         c == '\'' || c == '?';
}

static const char *
skip_name (const char *p,
           const char *end)
{
  while (p < end && !ends_name (*p))
    p++;
  return p;
}

static const char *
skip_spaces (const char *p,
             const char *end)
{
  while (p < end && is_space (*p))
    p++;
  return p;
}

static guint
count_byte (const char *p,
            const char *end,
            char        c)
{
  guint n = 0;

  while ((p = memchr (p, c, end - p)) != NULL)
    {
      n++;
      p++;
    }
  return n;
}

/* The first '>' at or after @p that ends @terminator ("-->", "]]>", "?>") and starts no earlier
 * than @min, or NULL; @n_inner counts the other '>' on the way. */
static const char *
find_terminator (const char *p,
                 const char *end,
                 const char *min,
                 const char *terminator,
                 guint      *n_inner)
{
  gsize n = strlen (terminator) - 1;

  while ((p = memchr (p, '>', end - p)) != NULL)
    {
      if (p >= min + n && memcmp (p - n, terminator, n) == 0)
        return p;
      (*n_inner)++;
      p++;
    }
  return NULL;
}

/* "the <idea> tag": a name as it stands in the file, shortened (between two characters) and
 * made valid UTF-8. */
static char *
quote_name (const char *name,
            const char *name_end)
{
  gssize length = MIN (name_end - name, 40);

  while (length > 0 && name + length < name_end && ((guchar) name[length] & 0xC0) == 0x80)
    length--;
  return g_utf8_make_valid (name, length);
}

static glong
count_chars (const char *p,
             const char *end)
{
  glong n = 0;

  for (; p < end; p++)
    if (((guchar) *p & 0xC0) != 0x80)
      n++;
  return n;
}

static gboolean
check_name (Guard      *self,
            const char *tag,
            const char *name,
            const char *name_end)
{
  g_autofree char *start = NULL;

  if (name_end - name <= GUARD_MAX_NAME || count_chars (name, name_end) <= GUARD_MAX_NAME)
    return TRUE;

  start = quote_name (name, name_end);
  return refuse (self, tag,
                 /* Translators: "%s" is the start of the name, as it is in the file */
                 _("a name in a tag is longer than %d characters ('%s…'); workshop files only "
                   "use short names"), GUARD_MAX_NAME, start);
}

typedef enum
{
  TAG,
  COMMENT,
  CDATA,
  PI,
} Construct;

static gboolean
refuse_too_long (Guard      *self,
                 const char *start,
                 Construct   kind,
                 const char *name,
                 const char *name_end)
{
  g_autofree char *quoted = name != NULL ? quote_name (name, name_end) : NULL;
  int limit = GUARD_MAX_CONSTRUCT / MB;

  switch (kind)
    {
    case COMMENT:
      return refuse (self, start, _("a comment is longer than %d MB; workshop files never hold "
                                    "one that long"), limit);
    case CDATA:
      return refuse (self, start, _("a CDATA section (<![CDATA[…]]>) is longer than %d MB; "
                                    "workshop files never hold one that long"), limit);
    case PI:
      return refuse (self, start, _("a processing instruction (<?%s …?>) is longer than %d MB; "
                                    "workshop files never hold one that long"), quoted, limit);
    case TAG:
    default:
      /* Translators: <%s> is a tag as it is in the file: "<idea>", "</idea>" */
      return refuse (self, start, _("the <%s> tag is longer than %d MB; workshop files never "
                                    "hold one that long"), quoted, limit);
    }
}

/* A tag, comment, CDATA section or processing instruction from @start to @end, holding
 * @n_inner '>' signs besides its last. While it is unfinished, the parser scans back over all
 * of it for each piece of input with a '>' in it; this adds up what those scans will read. */
static gboolean
check_construct (Guard      *self,
                 const char *start,
                 const char *end,
                 guint       n_inner,
                 Construct   kind,
                 const char *name,
                 const char *name_end)
{
  gsize length = end - start;

  if (length > GUARD_MAX_CONSTRUCT)
    return refuse_too_long (self, start, kind, name, name_end);

  if (n_inner > 0)
    {
      guint64 scans = MIN ((guint64) n_inner, length / PIECE + 2);

      self->lookahead += scans * (length + PIECE);
      if (self->lookahead > GUARD_MAX_LOOKAHEAD)
        return refuse (self, start,
                       _("the file has too many '>' signs inside long tags, comments or CDATA "
                         "sections; reading it would take far too long, and workshop files "
                         "never hold them"));
    }

  return TRUE;
}

/* Text between tags, with CDATA: libxml2 gives up on a text node past 10 MB. Outside the root
 * element only spaces may stand, and those cost nothing. */
static gboolean
add_text (Guard      *self,
          const char *start,
          gsize       length)
{
  if (self->depth == 0 || length == 0)
    return TRUE;

  if (self->text_start == NULL)
    self->text_start = start;
  self->text_length += length;
  if (self->text_length <= GUARD_MAX_TEXT)
    return TRUE;

  return refuse (self, self->text_start,
                 _("there is more than %d MB of text or blank space in one place; workshop "
                   "files never hold that much"), GUARD_MAX_TEXT / MB);
}

static gboolean
scan_comment (Guard       *self,
              const char  *p,
              const char **next)
{
  guint n_inner = 0;
  const char *gt = find_terminator (p + 4, self->end, p + 4, "-->", &n_inner);
  const char *end = gt != NULL ? gt + 1 : self->end;

  *next = end;
  if (++self->n_comments > GUARD_MAX_COMMENTS)
    return refuse (self, p, _("the file holds more than %d comments; workshop files never hold "
                              "that many"), GUARD_MAX_COMMENTS);

  return check_construct (self, p, end, n_inner, COMMENT, NULL, NULL);
}

static gboolean
scan_cdata (Guard       *self,
            const char  *p,
            const char **next)
{
  guint n_inner = 0;
  const char *content = p + 9;
  const char *gt = find_terminator (content, self->end, content, "]]>", &n_inner);
  const char *end = gt != NULL ? gt + 1 : self->end;

  *next = end;
  if (!check_construct (self, p, end, n_inner, CDATA, NULL, NULL))
    return FALSE;

  return add_text (self, content, (gt != NULL ? gt - 2 : end) - content);
}

static gboolean
scan_pi (Guard       *self,
         const char  *p,
         const char **next)
{
  guint n_inner = 0;
  const char *name = p + 2;
  const char *name_end = skip_name (name, self->end);
  const char *gt = find_terminator (name, self->end, name, "?>", &n_inner);
  const char *end = gt != NULL ? gt + 1 : self->end;

  *next = end;
  return check_name (self, p, name, name_end) &&
         check_construct (self, p, end, n_inner, PI, name, name_end);
}

/* Skips a quoted value at @p (on its opening quote), counting the '>' signs in it. */
static const char *
skip_quoted (const char *p,
             const char *end,
             guint      *n_inner)
{
  const char *close = memchr (p + 1, *p, end - (p + 1));

  if (close == NULL)
    close = end;
  *n_inner += count_byte (p + 1, close, '>');

  return close < end ? close + 1 : end;
}

/* Finds where a tag ends the way the parser's look-ahead does: at the first '>' outside quotes.
 * A '<' outside quotes ends it too (the parser stops there with an error). */
static const char *
skip_rest_of_tag (const char *p,
                  const char *end,
                  guint      *n_inner)
{
  while (p < end)
    {
      if (*p == '>')
        return p + 1;
      if (*p == '<')
        return p;
      if (*p == '"' || *p == '\'')
        p = skip_quoted (p, end, n_inner);
      else
        p++;
    }
  return end;
}

static gboolean
check_attribute (Guard      *self,
                 const char *tag,
                 const char *element,
                 const char *element_end,
                 const char *name,
                 const char *name_end,
                 guint      *n_attributes,
                 guint      *n_namespaces)
{
  gsize length = name_end - name;
  g_autofree char *quoted = NULL;

  if (!check_name (self, tag, name, name_end))
    return FALSE;

  if (++(*n_attributes) > GUARD_MAX_ATTRIBUTES)
    {
      quoted = quote_name (element, element_end);
      return refuse (self, tag,
                     /* Translators: <%s> is an element of the file ("<idea>") */
                     _("the <%s> tag has more than %d attributes; workshop files never have "
                       "that many"), quoted, GUARD_MAX_ATTRIBUTES);
    }

  if ((length == 5 || (length > 5 && name[5] == ':')) && memcmp (name, "xmlns", 5) == 0)
    {
      if (++(*n_namespaces) > GUARD_MAX_NAMESPACES)
        {
          quoted = quote_name (element, element_end);
          return refuse (self, tag,
                         _("the <%s> tag declares more than %d namespaces; workshop files "
                           "declare one"), quoted, GUARD_MAX_NAMESPACES);
        }
      /* Only prefixes add new names to libxml2's dictionary: a default namespace other than
       * the workshop's makes its element unknown, and the reader stops there. */
      if (length > 5 && ++self->n_namespaces > GUARD_MAX_ALL_NAMESPACES)
        return refuse (self, tag,
                       _("the file declares more than %d namespace prefixes; workshop files "
                         "declare none"), GUARD_MAX_ALL_NAMESPACES);
    }

  return TRUE;
}

/* A start tag: its name, its attributes (name, '=', a value in either quote) and its end. */
static gboolean
scan_start_tag (Guard       *self,
                const char  *p,
                const char **next)
{
  const char *end = self->end;
  const char *element = p + 1;
  const char *element_end = skip_name (element, end);
  const char *q = element_end;
  guint n_attributes = 0, n_namespaces = 0, n_inner = 0;
  gboolean empty = FALSE;

  if (!check_name (self, p, element, element_end))
    return FALSE;

  for (;;)
    {
      const char *name, *name_end;

      q = skip_spaces (q, end);
      if (q == end || *q == '<')
        break;
      if (*q == '>' || (*q == '/' && q + 1 < end && q[1] == '>'))
        {
          empty = *q == '/';
          q += empty ? 2 : 1;
          break;
        }
      if (ends_name (*q))
        {
          /* Not well-formed: libxml2 stops here; only its look-ahead still matters. */
          q = skip_rest_of_tag (q, end, &n_inner);
          break;
        }

      name = q;
      name_end = q = skip_name (q, end);
      if (!check_attribute (self, p, element, element_end, name, name_end,
                            &n_attributes, &n_namespaces))
        return FALSE;

      q = skip_spaces (q, end);
      if (q < end && *q == '=')
        q = skip_spaces (q + 1, end);
      if (q < end && (*q == '"' || *q == '\''))
        q = skip_quoted (q, end, &n_inner);
    }

  *next = q;
  if (!check_construct (self, p, q, n_inner, TAG, element, element_end))
    return FALSE;

  self->text_start = NULL;
  self->text_length = 0;
  if (!empty && ++self->depth > GUARD_MAX_DEPTH)
    return refuse (self, p, _("elements are nested too deeply (more than %d levels)"),
                   GUARD_MAX_DEPTH);

  return TRUE;
}

/* An end tag, or something else starting with '<' that the parser looks ahead over. */
static gboolean
scan_other_tag (Guard       *self,
                const char  *p,
                const char **next)
{
  const char *name = p + (p[1] == '/' ? 2 : 1);
  const char *name_end = skip_name (name, self->end);
  const char *end;
  guint n_inner = 0;

  if (!check_name (self, p, name, name_end))
    return FALSE;

  *next = end = skip_rest_of_tag (name_end, self->end, &n_inner);
  if (!check_construct (self, p, end, n_inner, TAG, p + 1, name_end))
    return FALSE;

  self->text_start = NULL;
  self->text_length = 0;
  if (p[1] == '/' && self->depth > 0)
    self->depth--;

  return TRUE;
}

static gboolean
starts_with (const char *p,
             const char *end,
             const char *prefix)
{
  gsize n = strlen (prefix);

  return (gsize) (end - p) >= n && memcmp (p, prefix, n) == 0;
}

gboolean
cg_xml_guard (Loader     *self,
              const char *data,
              gsize       length)
{
  Guard guard = { self, data, data + length, NULL, 0, 0, 0, 0, 0 };
  const char *end = data + length;
  const char *p = data;

  while (p < end)
    {
      const char *lt = memchr (p, '<', end - p);
      const char *next = NULL;
      gboolean ok;

      if (!add_text (&guard, p, (lt != NULL ? lt : end) - p))
        return FALSE;
      if (lt == NULL || lt + 1 == end)
        break;

      if (starts_with (lt, end, "<!--"))
        ok = scan_comment (&guard, lt, &next);
      else if (starts_with (lt, end, "<![CDATA["))
        ok = scan_cdata (&guard, lt, &next);
      else if (lt[1] == '?')
        ok = scan_pi (&guard, lt, &next);
      else if (lt[1] == '/' || lt[1] == '!' || ends_name (lt[1]))
        ok = scan_other_tag (&guard, lt, &next);
      else
        ok = scan_start_tag (&guard, lt, &next);

      if (!ok)
        return FALSE;
      /* Always forward, even over a lone '<' the parser will refuse. */
      p = next > lt ? next : lt + 1;
    }

  return TRUE;
}

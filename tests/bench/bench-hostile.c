/* bench-hostile.c: how long the loader takes on hostile workshop files, up to the size limit
 *
 * Run by hand: bench-hostile. Builds each kind of hostile file in memory, most of them just
 * under the 64 MiB limit, loads it with cg_workshop_load_from_data () and prints one line per
 * file: its kind, its size, the seconds taken, wall and CPU (the best of three runs when under
 * a second, the machine being shared) and whether it was refused, with the start of the
 * message. Three groups: shapes the walk before libxml2 (cg-xml-guard.c) refuses; the slowest
 * shapes it lets through, each built right at its limits; and references measured in the same
 * run (valid workshops, a plain memchr () over 64 MiB, and xmllint on two files, when
 * installed). The goal is every file refused or read in under 2 s; the last lines give the
 * slowest. The last two hostile kinds are small: what makes them slow is in the model
 * (cg-xml-resolve.c sets counts and links one at a time), and at 64 MiB they would take hours.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-bench"

#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

#include <glib/gstdio.h>

#include "io/cg-io.h"
#include "model/cg-model.h"
#include "model/cg-text.h"

#include "bench-util.h"

#define GOAL 2.0
#define MB (1024 * 1024)
/* Room for the end of the file. */
#define TARGET (CG_FILE_MAX_SIZE - 4096)

/* The guard's limits (cg-xml-reader-private.h), as a hostile file would aim at them. */
#define MAX_ATTRIBUTES 64
#define MAX_ALL_NAMESPACES 10000
#define MAX_CONSTRUCT MB
#define MAX_COMMENTS 100000
#define LOOKAHEAD_TAGS 62  /* tags of 64 KiB full of '>' within the look-ahead budget */

typedef GString *(*MakeFunc) (void);

typedef struct
{
  const char *kind;
  MakeFunc    make;
} Kind;

static char *slowest_kind = NULL;
static double slowest = 0;
static double slowest_cpu = 0;

/* The CPU time of this process: the machine is shared, so wall time alone says little. */
static double
cpu_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

static GString *
begin (void)
{
  return g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<workshop xmlns=\"urn:commonground:workshop:1\" version=\"1.0\" "
                       "id=\"w\">\n  <title>Hostile</title>\n");
}

static GString *
finish (GString *data)
{
  g_string_append (data, "\n</workshop>\n");
  return data;
}

static void
append_run (GString *data,
            char     c,
            gsize    n)
{
  gsize len = data->len;

  g_string_set_size (data, len + n);
  memset (data->str + len, c, n);
}

/* Comments of 'x' up to @target bytes, at most 1 MiB each: cheap filler the guard lets in. */
static void
pad_with_comments (GString *data,
                   gsize    target)
{
  while (data->len + 64 < target)
    {
      gsize n = MIN (target - data->len - 64, MAX_CONSTRUCT - 16);

      g_string_append (data, "\n<!--");
      append_run (data, 'x', n);
      g_string_append (data, "-->");
    }
}

/* Refused by the guard */

/* The start tag of the issue: 200,000 attributes (xmllint: 2 min 24 s). */
static GString *
make_attributes_200000 (void)
{
  GString *data = g_string_new ("<?xml version=\"1.0\"?>\n"
                                "<workshop xmlns=\"urn:commonground:workshop:1\" version=\"1.0\" "
                                "id=\"w\"");

  for (guint i = 0; i < 200000; i++)
    g_string_append_printf (data, " a%u=\"%u\"", i, i);
  g_string_append (data, ">\n<title>t</title>");
  return finish (data);
}

static GString *
make_attributes (void)
{
  GString *data = g_string_new ("<?xml version=\"1.0\"?>\n"
                                "<workshop xmlns=\"urn:commonground:workshop:1\" version=\"1.0\" "
                                "id=\"w\"");

  for (guint i = 0; data->len < TARGET; i++)
    g_string_append_printf (data, " a%u=\"\"", i);
  g_string_append (data, ">\n<title>t</title>");
  return finish (data);
}

static GString *
make_namespaces_on_a_tag (void)
{
  GString *data = g_string_new ("<?xml version=\"1.0\"?>\n"
                                "<workshop xmlns=\"urn:commonground:workshop:1\"");

  for (guint i = 0; data->len < TARGET; i++)
    g_string_append_printf (data, " xmlns:p%u=\"urn:p:%u\"", i, i);
  g_string_append (data, " version=\"1.0\" id=\"w\">\n<title>t</title>");
  return finish (data);
}

/* Ideas declaring 16 new prefixes each: every distinct one made libxml2's dictionary slower. */
static GString *
add_prefixed_ideas (GString *data,
                    guint    max_namespaces)
{
  guint n = 0;

  g_string_append (data, "  <ideas>\n");
  for (guint i = 0; data->len < TARGET && n < max_namespaces; i++)
    {
      g_string_append_printf (data, "    <idea id=\"i%u\" created=\"2026-03-12T10:04:00Z\"", i);
      for (guint j = 0; j < 16 && n < max_namespaces; j++, n++)
        g_string_append_printf (data, " xmlns:p%u=\"urn:p:%u\"", n, n);
      g_string_append (data, "><text/></idea>\n");
    }
  g_string_append (data, "  </ideas>");
  return data;
}

static GString *
make_namespaces_in_a_file (void)
{
  return finish (add_prefixed_ideas (begin (), G_MAXUINT));
}

static GString *
make_long_name (void)
{
  GString *data = begin ();

  g_string_append (data, "  <");
  append_run (data, 'a', TARGET - data->len);
  g_string_append (data, "/>");
  return finish (data);
}

static GString *
make_deep (void)
{
  GString *data = begin ();

  while (data->len < TARGET)
    g_string_append (data, "<a>");
  return finish (data);
}

/* libxml2 said "internal error: Huge input lookup" past 10 MB. */
static GString *
make_huge_comment (void)
{
  GString *data = begin ();

  g_string_append (data, "<!--");
  append_run (data, 'x', TARGET - data->len);
  g_string_append (data, "-->");
  return finish (data);
}

static GString *
make_huge_instruction (void)
{
  GString *data = begin ();

  g_string_append (data, "<?note ");
  append_run (data, 'x', TARGET - data->len);
  g_string_append (data, "?>");
  return finish (data);
}

static GString *
make_huge_cdata (void)
{
  GString *data = begin ();

  g_string_append (data, "<events><![CDATA[");
  append_run (data, ' ', TARGET - data->len);
  g_string_append (data, "]]></events>");
  return finish (data);
}

static GString *
make_huge_tag (void)
{
  GString *data = begin ();

  g_string_append (data, "<events");
  append_run (data, ' ', TARGET - data->len);
  g_string_append (data, "/>");
  return finish (data);
}

/* libxml2 said "xmlSAX2Characters: huge text node" past 10 MB. */
static GString *
make_huge_text (void)
{
  GString *data = begin ();

  g_string_append (data, "<events>");
  append_run (data, ' ', TARGET - data->len);
  g_string_append (data, "</events>");
  return finish (data);
}

static GString *
make_many_comments (void)
{
  GString *data = begin ();

  while (data->len < TARGET)
    g_string_append (data, "<!---->\n");
  return finish (data);
}

/* A theme whose framework is @length '>' signs (or 'x'), in a tag of about that length. */
static void
add_theme (GString *data,
           guint    i,
           char     fill,
           gsize    length)
{
  g_string_append_printf (data, "    <theme id=\"t%u\" framework=\"", i);
  append_run (data, fill, length);
  g_string_append (data, "\"><name>n</name></theme>\n");
}

/* Tags just under 1 MiB full of '>': the parser scans each back 2,000 times (0.85 s a tag). */
static GString *
make_gt_in_tags (void)
{
  GString *data = begin ();

  g_string_append (data, "  <themes>\n");
  for (guint i = 0; data->len < TARGET - MAX_CONSTRUCT; i++)
    add_theme (data, i, '>', MAX_CONSTRUCT - 100);
  g_string_append (data, "  </themes>");
  return finish (data);
}

static void
add_gt_comment (GString *data)
{
  g_string_append (data, "<!--");
  append_run (data, '>', 64 * 1024);
  g_string_append (data, "-->\n");
}

static GString *
make_gt_in_comments (void)
{
  GString *data = begin ();

  while (data->len + 64 * 1024 + 8 < TARGET)
    add_gt_comment (data);
  return finish (data);
}

/* Let through: each the slowest the guard allows, at its limits */

/* Tags full of '>' right up to the look-ahead budget (tags cost more per byte scanned than
 * comments), then filler. */
static GString *
make_gt_at_budget (void)
{
  GString *data = begin ();

  g_string_append (data, "  <themes>\n");
  for (guint i = 0; i < LOOKAHEAD_TAGS; i++)
    add_theme (data, i, '>', 64 * 1024);
  g_string_append (data, "  </themes>");
  pad_with_comments (data, TARGET);
  return finish (data);
}

static GString *
make_namespaces_at_limit (void)
{
  GString *data = add_prefixed_ideas (begin (), MAX_ALL_NAMESPACES);

  pad_with_comments (data, TARGET);
  return finish (data);
}

static GString *
make_comments_at_limit (void)
{
  GString *data = begin ();
  gsize each = (TARGET - data->len) / MAX_COMMENTS - 8;

  for (guint i = 0; i < MAX_COMMENTS; i++)
    {
      g_string_append (data, "<!--");
      append_run (data, 'x', each);
      g_string_append (data, "-->\n");
    }
  return finish (data);
}

/* Tags of just under 1 MiB, no '>' in them. */
static GString *
make_long_tags (void)
{
  GString *data = begin ();

  g_string_append (data, "  <themes>\n");
  for (guint i = 0; data->len < TARGET - MAX_CONSTRUCT; i++)
    add_theme (data, i, 'x', MAX_CONSTRUCT - 100);
  g_string_append (data, "  </themes>");
  return finish (data);
}

/* Just under 1 MiB of blank space between each two ideas. */
static GString *
make_long_blanks (void)
{
  GString *data = begin ();

  g_string_append (data, "  <ideas>");
  for (guint i = 0; data->len < TARGET - MAX_CONSTRUCT; i++)
    {
      append_run (data, i % 2 ? ' ' : '\n', MAX_CONSTRUCT - 100);
      g_string_append_printf (data, "<idea id=\"i%u\" created=\"2026-03-12T10:04:00Z\"><text/>"
                              "</idea>", i);
    }
  g_string_append (data, "\n  </ideas>");
  return finish (data);
}

/* Ideas of 10,000 characters, each written as a character reference or a CDATA section. */
static GString *
make_pieces (const char *piece)
{
  GString *data = begin ();
  gsize each = strlen (piece) * CG_TEXT_MAX_CHARS + 100;

  g_string_append (data, "  <ideas>\n");
  for (guint i = 0; data->len + each < TARGET; i++)
    {
      g_string_append_printf (data, "    <idea id=\"i%u\" created=\"2026-03-12T10:04:00Z\">"
                              "<text>", i);
      for (guint j = 0; j < CG_TEXT_MAX_CHARS; j++)
        g_string_append (data, piece);
      g_string_append (data, "</text></idea>\n");
    }
  g_string_append (data, "  </ideas>");
  return finish (data);
}

static GString *
make_character_references (void)
{
  return make_pieces ("&#x1F331;");
}

static GString *
make_cdata_sections (void)
{
  return make_pieces ("<![CDATA[x]]>");
}

/* One idea with two million vote counts for the same event: read whole, then refused. With
 * @blanks, different runs of blanks between them (libxml2's dictionary kept each one). */
static GString *
make_votes (gboolean blanks)
{
  GString *data = begin ();
  guint32 state = 1;

  g_string_append (data, "  <events><event id=\"e\"><title/></event></events>\n"
                         "  <ideas><idea id=\"i\" created=\"2026-03-12T10:04:00Z\"><text/>\n");
  while (data->len < TARGET)
    {
      g_string_append (data, "<votes event=\"e\" count=\"1\"/>");
      if (!blanks)
        g_string_append_c (data, '\n');
      else
        for (guint j = 0; j < 40; j++)
          {
            state = state * 1103515245 + 12345;
            g_string_append_c (data, " \t\n"[(state >> 16) % 3]);
          }
    }
  g_string_append (data, "</idea></ideas>");
  return finish (data);
}

static GString *
make_repeated_votes (void)
{
  return make_votes (FALSE);
}

static GString *
make_votes_with_blanks (void)
{
  return make_votes (TRUE);
}

/* The most ideas a file may hold, with different runs of blanks between their tags: a valid
 * file, which took 5 s of CPU when libxml2 kept every run in its dictionary. */
static GString *
make_blanks_between_ideas (void)
{
  GString *data = begin ();
  guint32 state = 7;

  g_string_append (data, "  <ideas>\n");
  for (guint i = 0; i < 200000; i++)
    {
      g_string_append_printf (data, "<idea id=\"i%u\" created=\"2026-03-12T10:04:00Z\">", i);
      for (guint part = 0; part < 3; part++)
        {
          for (guint j = 0; j < 50; j++)
            {
              state = state * 1103515245 + 12345;
              g_string_append_c (data, " \t\n"[(state >> 16) % 3]);
            }
          g_string_append (data, part == 0 ? "<text>t</text>" : part == 1 ? "</idea>" : "");
        }
    }
  g_string_append (data, "  </ideas>");
  pad_with_comments (data, TARGET);
  return finish (data);
}

/* The most ideas a file may hold, with short different texts (libxml2 kept those too). */
static GString *
make_most_ideas (void)
{
  GString *data = begin ();

  g_string_append (data, "  <ideas>\n");
  for (guint i = 0; i < 200000; i++)
    g_string_append_printf (data, "<idea id=\"%x\" created=\"2026-03-12T10:04:00Z\"><text>%c%c%c"
                            "</text></idea>\n", i, 'a' + i % 26, 'a' + i / 26 % 26,
                            'a' + i / 676 % 26);
  g_string_append (data, "  </ideas>");
  pad_with_comments (data, TARGET);
  return finish (data);
}

/* The most events and ideas the limits allow: the writer used to ask every idea for its votes
 * at every event (200,000 x 200,000), so the autosave after reading it never ended. */
static GString *
make_events_and_ideas (void)
{
  GString *data = begin ();

  g_string_append (data, "  <events>\n");
  for (guint i = 0; i < 200000; i++)
    g_string_append_printf (data, "<event id=\"e%x\"><title/></event>\n", i);
  g_string_append (data, "  </events>\n  <ideas>\n");
  for (guint i = 0; i < 199000; i++)
    g_string_append_printf (data, "<idea id=\"i%x\" created=\"2026-03-12T10:04:00Z\"><text>a"
                            "</text></idea>\n", i);
  g_string_append (data, "  </ideas>");
  return finish (data);
}

/* Counts and links: the model sets them one at a time (cg-xml-resolve.c), rebuilding the
 * owner's whole table each time; a few thousand are enough to show it. */
static GString *
make_votes_at_many_events (void)
{
  GString *data = begin ();
  guint n = 2000;

  g_string_append (data, "  <events>\n");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (data, "    <event id=\"e%u\"><title/></event>\n", i);
  g_string_append (data, "  </events>\n  <ideas><idea id=\"i\" created=\"2026-03-12T10:04:00Z\">"
                         "<text/>\n");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (data, "    <votes event=\"e%u\" count=\"1\"/>\n", i);
  g_string_append (data, "  </idea></ideas>");
  return finish (data);
}

/* Every idea voted on at every event, up to the size limit: a valid shape (2.1 million counts
 * in 64 MiB) that took 4 s and 1.1 GB to read; now refused past CG_FILE_MAX_COUNTS. */
static GString *
make_dense_votes (void)
{
  GString *data = begin ();
  guint n = 1450;

  g_string_append (data, "  <events>\n");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (data, "    <event id=\"e%u\"><title/></event>\n", i);
  g_string_append (data, "  </events>\n  <ideas>\n");
  for (guint i = 0; i < n && data->len + 64 * 1024 < TARGET; i++)
    {
      g_string_append_printf (data, "  <idea id=\"i%u\" created=\"2026-03-12T10:04:00Z\">"
                              "<text>a</text>\n", i);
      for (guint e = 0; e < n; e++)
        g_string_append_printf (data, "    <votes event=\"e%u\" count=\"%u\"/>\n", e,
                                1 + (i + e) % 9);
      g_string_append (data, "  </idea>\n");
    }
  g_string_append (data, "  </ideas>");
  return finish (data);
}

static GString *
make_links_to_many_ideas (void)
{
  GString *data = begin ();
  guint n = 10000;

  g_string_append (data, "  <ideas>\n");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (data, "    <idea id=\"i%u\" created=\"2026-03-12T10:04:00Z\"><text/>"
                            "</idea>\n", i);
  g_string_append (data, "  </ideas>\n  <actions><action id=\"a\"><area/><what/>\n");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (data, "    <idea ref=\"i%u\"/>\n", i);
  g_string_append (data, "  </action></actions>");
  return finish (data);
}

static const Kind refused_kinds[] = {
  { "attributes-200000", make_attributes_200000 },
  { "attributes", make_attributes },
  { "namespaces-on-a-tag", make_namespaces_on_a_tag },
  { "namespaces-in-a-file", make_namespaces_in_a_file },
  { "long-name", make_long_name },
  { "deep", make_deep },
  { "huge-comment", make_huge_comment },
  { "huge-instruction", make_huge_instruction },
  { "huge-cdata", make_huge_cdata },
  { "huge-tag", make_huge_tag },
  { "huge-text", make_huge_text },
  { "many-comments", make_many_comments },
  { "gt-in-tags", make_gt_in_tags },
  { "gt-in-comments", make_gt_in_comments },
};

static const Kind allowed_kinds[] = {
  { "gt-at-budget", make_gt_at_budget },
  { "namespaces-at-limit", make_namespaces_at_limit },
  { "comments-at-limit", make_comments_at_limit },
  { "long-tags", make_long_tags },
  { "long-blanks", make_long_blanks },
  { "character-references", make_character_references },
  { "cdata-sections", make_cdata_sections },
  { "repeated-votes", make_repeated_votes },
  { "votes-with-blanks", make_votes_with_blanks },
  { "most-ideas", make_most_ideas },
  { "blanks-between-ideas", make_blanks_between_ideas },
  { "votes-at-2000-events", make_votes_at_many_events },
  { "dense-votes", make_dense_votes },
  { "links-to-10000-ideas", make_links_to_many_ideas },
  { "events-and-ideas", make_events_and_ideas },
};

/* Loads @data; the best of three runs when one takes under a second. The CPU time is that
 * of the best run. */
static double
time_load (const char *data,
           gsize       length,
           double     *cpu,
           char      **result)
{
  double best = G_MAXDOUBLE;

  for (guint run = 0; run < 3 && (run == 0 || best < 1.0); run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CgWorkshop) workshop = NULL;
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_seconds ();
      double seconds;

      workshop = cg_workshop_load_from_data (data, length, "hostile.cgw", &error);
      seconds = (g_get_monotonic_time () - start) / 1e6;
      if (seconds < best)
        {
          best = seconds;
          *cpu = cpu_seconds () - cpu_start;
        }

      g_free (*result);
      if (workshop != NULL)
        *result = g_strdup ("read");
      else
        *result = g_strdup_printf ("refused: %.72s%s", error->message,
                                   strlen (error->message) > 72 ? "…" : "");
    }

  return best;
}

static void
print_line (const char *kind,
            gsize       length,
            double      seconds,
            double      cpu,
            const char *result)
{
  if (cpu >= 0)
    g_print ("  %-30s %6.1f %7.3f %7.3f  %s\n", kind, length / (double) MB, seconds, cpu, result);
  else
    g_print ("  %-30s %6.1f %7.3f %7s  %s\n", kind, length / (double) MB, seconds, "", result);
}

static void
note_slowest (const char *kind,
              double      seconds,
              double      cpu)
{
  if (seconds > slowest)
    {
      slowest = seconds;
      slowest_cpu = cpu;
      g_free (slowest_kind);
      slowest_kind = g_strdup (kind);
    }
}

/* A file that was read is then saved, as autosave would within 30 s: that must be bounded
 * too. */
static void
time_save (const Kind *kind,
           GString    *data)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_load_from_data (data->str, data->len, "hostile.cgw",
                                                               NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *label = g_strdup_printf ("%s, saved", kind->kind);
  gint64 start = g_get_monotonic_time ();
  double cpu_start = cpu_seconds ();
  double seconds, cpu;

  if (workshop == NULL)
    return;
  bytes = cg_workshop_save_to_bytes (workshop);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  cpu = cpu_seconds () - cpu_start;
  print_line (label, g_bytes_get_size (bytes), seconds, cpu, "written to memory");
  note_slowest (label, seconds, cpu);
}

static void
run_kind (const Kind *kind)
{
  g_autoptr(GString) data = kind->make ();
  g_autofree char *result = NULL;
  double cpu = 0;
  double seconds = time_load (data->str, data->len, &cpu, &result);

  print_line (kind->kind, data->len, seconds, cpu, result);
  note_slowest (kind->kind, seconds, cpu);
  if (g_str_equal (result, "read"))
    time_save (kind, data);
}

/* A plain scan of @length bytes: the least any reading can cost. */
static void
run_memchr (gsize length)
{
  g_autofree char *data = g_malloc (length);
  double best = G_MAXDOUBLE;
  guint n = 0;

  memset (data, 'x', length);
  for (gsize i = 0; i < length; i += 4096)
    data[i] = '<';
  for (guint run = 0; run < 3; run++)
    {
      gint64 start = g_get_monotonic_time ();

      n = 0;
      for (const char *p = data; (p = memchr (p, '<', data + length - p)) != NULL; p++)
        n++;
      best = MIN (best, (g_get_monotonic_time () - start) / 1e6);
    }
  g_assert_cmpuint (n, ==, (length + 4095) / 4096);
  print_line ("memchr", length, best, -1, "a plain scan for '<'");
}

/* A valid workshop of @n_ideas made by bench-util, saved and loaded. */
static void
run_valid (guint n_ideas)
{
  g_autoptr(CgWorkshop) workshop = bench_make_workshop (n_ideas, 20261123);
  g_autoptr(GBytes) bytes = cg_workshop_save_to_bytes (workshop);
  g_autofree char *kind = g_strdup_printf ("valid-%u-ideas", n_ideas);
  g_autofree char *result = NULL;
  double cpu = 0;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  double seconds = time_load (data, length, &cpu, &result);

  print_line (kind, length, seconds, cpu, result);
}

/* xmllint on @data, stopped after 60 s; --stream reads the way the loader does. */
static void
run_xmllint (const char *xmllint,
             const char *dir,
             const char *kind,
             GString    *data,
             gboolean    stream)
{
  g_autofree char *path = g_build_filename (dir, "hostile.xml", NULL);
  g_autofree char *label = g_strdup_printf ("xmllint %s", kind);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "timeout", "60", xmllint, "--noout", "--nonet", path, NULL, NULL, NULL };
  gint64 start;
  int status;
  double seconds;

  if (stream)
    {
      argv[6] = "--stream";
      argv[7] = path;
    }
  if (!g_file_set_contents (path, data->str, data->len, &error))
    {
      g_printerr ("bench-hostile: %s\n", error->message);
      return;
    }
  start = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                     G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error))
    {
      g_printerr ("bench-hostile: %s\n", error->message);
      return;
    }
  seconds = (g_get_monotonic_time () - start) / 1e6;
  print_line (label, data->len, seconds, -1,
              WIFEXITED (status) && WEXITSTATUS (status) == 124 ? "stopped after 60 s"
              : stream ? "xmllint --stream --noout (the reader, as the loader uses it)"
                       : "xmllint --noout");
  g_unlink (path);
}

static GString *
make_attributes_40000 (void)
{
  GString *data = g_string_new ("<?xml version=\"1.0\"?>\n<workshop");

  for (guint i = 0; i < 40000; i++)
    g_string_append_printf (data, " a%u=\"%u\"", i, i);
  g_string_append (data, "/>\n");
  return data;
}

static GString *
make_one_gt_tag (void)
{
  GString *data = g_string_new ("<?xml version=\"1.0\"?>\n<workshop a=\"");

  append_run (data, '>', MAX_CONSTRUCT);
  g_string_append (data, "\"/>\n");
  return data;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");

  setlocale (LC_ALL, "");

  if (argc > 1)
    {
      g_print ("Usage: bench-hostile\n"
               "Times loading hostile workshop files of up to %d MiB, and valid ones.\n",
               CG_FILE_MAX_SIZE / MB);
      return g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "--help") ? 0 : 2;
    }

  g_print ("Hostile workshop files: each must be refused or read in under %.0f s\n\n", GOAL);
  g_print ("  %-30s %6s %7s %7s  %s\n", "kind", "MiB", "wall s", "cpu s", "result");

  g_print ("\n  refused by the walk before libxml2:\n");
  for (guint i = 0; i < G_N_ELEMENTS (refused_kinds); i++)
    run_kind (&refused_kinds[i]);

  g_print ("\n  the slowest it lets through, at its limits:\n");
  for (guint i = 0; i < G_N_ELEMENTS (allowed_kinds); i++)
    run_kind (&allowed_kinds[i]);

  g_print ("\n  references, in the same run:\n");
  run_memchr (CG_FILE_MAX_SIZE);
  run_valid (20000);
  run_valid (120000);
  if (xmllint != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("cg-bench-XXXXXX", &error);

      if (dir != NULL)
        {
          g_autoptr(GString) attributes = make_attributes_40000 ();
          g_autoptr(GString) gt = make_one_gt_tag ();

          run_xmllint (xmllint, dir, "40000-attributes", attributes, FALSE);
          run_xmllint (xmllint, dir, "1MiB-gt-tag", gt, TRUE);
          bench_remove_tree (dir);
        }
    }

  g_print ("\nslowest: %.3f s (%s; %.3f s of CPU)\n", slowest, slowest_kind, slowest_cpu);
  g_print ("goal: every hostile file under %.0f s: %s\n", GOAL, slowest < GOAL ? "PASS" : "MISS");

  return 0;
}

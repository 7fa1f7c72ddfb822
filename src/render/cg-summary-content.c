/* cg-summary-content.c: the words of the summary: the cover (what, when, who came, how it was
 * made) and every theme with its ideas, grouped and ordered by votes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "cg-summary-private.h"

/* ---- Helpers shared by the builders ---- */

GDateTime *
cg_summary_now (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64 seconds;

  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64 / 2, &seconds, NULL))
    return g_date_time_new_from_unix_utc ((gint64) seconds);
  return g_date_time_new_now_local ();
}

char *
cg_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return g_strdup (iso_date);
  date = g_date_time_new_utc (year, month, day, 0, 0, 0);
  if (date == NULL)
    return g_strdup (iso_date);
  /* TRANSLATORS: a date in the summary, as g_date_time_format() takes it: "12 March 2026" */
  return g_date_time_format (date, _("%-d %B %Y"));
}

CgBlock *
cg_builder_add_text (CgBuilder  *builder,
                     CgFont      font,
                     const char *text,
                     const char *tag)
{
  CgStyle *style = builder->style;
  CgBlock *block = cg_block_new ();

  cg_block_add_layout (block, cg_style_layout (style, font, text, style->content_width),
                       0, 0, style->content_width, NULL);
  block->tag = tag;
  block->space_before = style->gap;
  block->split_freely = TRUE;
  g_ptr_array_add (builder->blocks, block);
  return block;
}

/* A short accent rule under a section heading. */
static void
decorate_section_cb (CgBlock *block,
                     CgStyle *style,
                     cairo_t *cr,
                     double   top,
                     double   bottom)
{
  double width = MIN (48, style->content_width);

  if (bottom < block->height - 0.01)
    return;
  cg_style_set_colour (style, cr, CG_COLOUR_ACCENT);
  cairo_rectangle (cr, cg_style_x (style, 0, width), block->height - 3, width, 3);
  cairo_fill (cr);
}

CgBlock *
cg_builder_add_heading (CgBuilder  *builder,
                        int         level,
                        const char *text)
{
  static const char * const tags[] = { "H1", "H2", "H3" };
  static const CgFont fonts[] = { CG_FONT_H1, CG_FONT_H2, CG_FONT_H3 };
  CgBlock *block;
  double size;

  level = CLAMP (level, 1, 3);
  size = cg_style_font_size (builder->style, fonts[level - 1]);
  block = cg_builder_add_text (builder, fonts[level - 1], text, tags[level - 1]);
  block->split_freely = FALSE;
  block->keep_with_next = TRUE;
  block->space_before = size * (level == 2 ? 1.3 : 0.9);
  if (level == 1)
    {
      block->break_before = TRUE;
      block->height += size * 0.5 + 3;
      block->decorate = decorate_section_cb;
      block->outline = g_strdup (text);
      block->outline_level = 1;
    }
  return block;
}

CgBlock *
cg_builder_add_record (CgBuilder   *builder,
                       const char **pairs,
                       const char  *tag)
{
  CgStyle *style = builder->style;
  g_autoptr(GString) text = g_string_new (NULL);
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoLayout *layout;
  CgBlock *block;

  for (guint i = 0; pairs[i] != NULL && pairs[i + 1] != NULL; i += 2)
    {
      PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

      if (pairs[i + 1][0] == '\0')
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      bold->start_index = text->len;
      /* TRANSLATORS: a label and its value, one per line ("Status: Agreed") */
      g_string_append_printf (text, _("%s:"), pairs[i]);
      bold->end_index = text->len;
      pango_attr_list_insert (attrs, bold);
      g_string_append_c (text, ' ');
      g_string_append (text, pairs[i + 1]);
    }

  layout = cg_style_layout (style, CG_FONT_BODY, text->str, style->content_width);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  block = cg_block_new ();
  cg_block_add_layout (block, layout, 0, 0, style->content_width, NULL);
  block->tag = tag;
  block->space_before = style->item_gap * 1.5;
  g_ptr_array_add (builder->blocks, block);
  return block;
}

/* ---- The cover ---- */

static void
add_event (CgBuilder *builder,
           CgEvent   *event)
{
  CgStyle *style = builder->style;
  const char *place = cg_event_get_place (event);
  g_autofree char *date = cg_format_date (cg_event_get_date (event));
  g_autoptr(GString) text = g_string_new (cg_event_get_display_title (event));
  guint title_end = text->len;
  PangoLayout *layout;
  CgBlock *block;

  if (date != NULL || (place != NULL && *place != '\0'))
    g_string_append_c (text, '\n');
  if (date != NULL)
    g_string_append (text, date);
  if (date != NULL && place != NULL && *place != '\0')
    g_string_append (text, CG_PICK (builder, " · ", ". "));
  if (place != NULL)
    g_string_append (text, place);

  /* Bold before measuring: bold type is wider and may wrap onto more lines. */
  layout = cg_style_layout (style, CG_FONT_BODY, text->str, style->content_width);
  cg_layout_embolden (layout, 0, title_end);
  block = cg_block_new ();
  cg_block_add_layout (block, layout, 0, 0, style->content_width, NULL);
  block->tag = "P";
  g_ptr_array_add (builder->blocks, block);
  block->space_before = style->gap * 0.8;
}

/* How the columns of the attendance table name event @e: 0 its date (or title), 1 its title (or
 * date), 2 both, 3 its number in the summary before the first. */
static char *
dup_event_heading (CgSummaryData *data,
                   guint          e,
                   guint          level)
{
  CgEvent *event = g_ptr_array_index (data->events, e);
  const char *title = cg_event_get_title (event);
  g_autofree char *date = cg_format_date (cg_event_get_date (event));
  g_autofree char *first = NULL;

  if (title != NULL && *title == '\0')
    title = NULL;
  if (title == NULL && date == NULL)
    title = cg_event_get_display_title (event);

  switch (level)
    {
    case 0:
      return date != NULL ? g_steal_pointer (&date) : g_strdup (title);
    case 1:
      return title != NULL ? g_strdup (title) : g_steal_pointer (&date);
    case 2:
      if (title == NULL || date == NULL)
        return g_strdup (title != NULL ? title : date);
      /* TRANSLATORS: an event's title and date heading a column, "Morning, 4 June 2026" */
      return g_strdup_printf (_("%s, %s"), title, date);
    default:
      first = dup_event_heading (data, e, 0);
      /* TRANSLATORS: an event's number in the summary and its date or title heading a column,
       * for two events that would otherwise read the same: "2. 4 June 2026" */
      return g_strdup_printf (_("%u. %s"), e + 1, first);
    }
}

/* The headings of the events' columns, told apart: by date, else by title, else by both, else
 * numbered, the same way for every column. */
static GPtrArray *
dup_event_headings (CgSummaryData *data)
{
  for (guint level = 0;; level++)
    {
      g_autoptr(GPtrArray) headings = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      gboolean distinct = TRUE;

      for (guint e = 0; e < data->events->len; e++)
        {
          char *heading = dup_event_heading (data, e, level);

          g_ptr_array_add (headings, heading);
          distinct = distinct && g_hash_table_add (seen, heading);
        }
      if (distinct || level >= 3)
        return g_steal_pointer (&headings);
    }
}

static void
add_attendance_table (CgBuilder *builder)
{
  CgSummaryData *data = builder->data;
  gboolean per_event = builder->options->event == NULL && data->events->len > 1
                       && data->events->len <= 3 && !builder->style->easy_read;
  guint n_columns = per_event ? data->events->len + 2 : 2;
  g_autofree double *fractions = g_new (double, n_columns);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) headings = per_event ? dup_event_headings (data) : NULL;
  CgTable table = { n_columns, fractions };
  CgBlock *header, *row = NULL;

  fractions[0] = per_event ? 0.4 : 0.55;
  for (guint c = 1; c < n_columns; c++)
    fractions[c] = per_event ? 0.6 / (n_columns - 1) : 0.25;

  g_ptr_array_add (cells, g_strdup (_("Group")));
  for (guint e = 0; per_event && e < data->events->len; e++)
    g_ptr_array_add (cells, g_strdup (g_ptr_array_index (headings, e)));
  g_ptr_array_add (cells, g_strdup (per_event ? _("All events") : _("People")));
  header = cg_table_add_row (builder, &table, (const char **) cells->pdata, NULL, NULL);

  for (guint v = 0; v < data->voices->len; v++)
    {
      CgVoice *voice = g_ptr_array_index (data->voices, v);

      g_ptr_array_set_size (cells, 0);
      g_ptr_array_add (cells, g_strdup (cg_voice_get_name (voice)));
      for (guint e = 0; per_event && e < data->events->len; e++)
        g_ptr_array_add (cells, g_strdup_printf ("%u", cg_voice_get_attendance (
                                                   voice, g_ptr_array_index (data->events, e))));
      g_ptr_array_add (cells, g_strdup_printf ("%u", data->attendance[v]));
      row = cg_table_add_row (builder, &table, (const char **) cells->pdata, NULL, header);
    }
  cg_table_end (builder, row != NULL ? row : header);
}

static void
add_who_took_part (CgBuilder *builder)
{
  CgSummaryData *data = builder->data;
  g_autofree char *count = NULL;

  cg_builder_add_heading (builder, 2, CG_PICK (builder, _("Who took part"), _("Who came")));
  if (data->total_attendance == 0)
    {
      cg_builder_add_text (builder, CG_FONT_BODY, _("Attendance was not recorded."), "P");
      return;
    }

  if (data->events->len > 1)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u place was taken over the events. We count people "
                                          "by group, never by name, and at each event they came "
                                          "to.",
                                          "%u places were taken over the events. We count "
                                          "people by group, never by name, and at each event "
                                          "they came to.",
                                          data->total_attendance),
                             data->total_attendance);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u person took part. We count people by group, "
                                          "never by name.",
                                          "%u people took part. We count people by group, "
                                          "never by name.",
                                          data->total_attendance),
                             data->total_attendance);
  /* (the sentence goes with its table, which a short table keeps whole: cg_table_end) */
  cg_builder_add_text (builder, CG_FONT_BODY, count, "P")->keep_with_next = TRUE;
  add_attendance_table (builder);
}

static void
decorate_warning_cb (CgBlock *block,
                     CgStyle *style,
                     cairo_t *cr,
                     double   top,
                     double   bottom)
{
  cg_style_set_colour (style, cr, CG_COLOUR_WARNING_BG);
  cairo_rectangle (cr, 0, top, style->content_width, bottom - top);
  cairo_fill (cr);
  cg_style_set_colour (style, cr, CG_COLOUR_WARNING);
  cairo_rectangle (cr, cg_style_x (style, 0, 4), top, 4, bottom - top);
  cairo_fill (cr);
}

/* The one line on how the summary was made, and a warning when private notes are in it. */
static void
add_how_made (CgBuilder *builder)
{
  CgSummaryData *data = builder->data;
  g_autoptr(GDateTime) now = cg_summary_now ();
  /* TRANSLATORS: a date in the summary, as g_date_time_format() takes it: "12 March 2026" */
  g_autofree char *today = g_date_time_format (now, _("%-d %B %Y"));
  g_autofree char *privacy = NULL;
  g_autofree char *line = NULL;
  CgBlock *block;

  if (builder->options->include_private)
    privacy = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "This copy includes %u private note.",
                                            "This copy includes %u private notes.",
                                            data->n_private), data->n_private);
  else
    privacy = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u private note was left out.",
                                            "%u private notes were left out.",
                                            data->n_private), data->n_private);

  /* TRANSLATORS: %s: version, %s: date, %s: what happened to private notes */
  line = g_strdup_printf (_("Made with Common Ground %s on %s from the notes taken on the day. "
                            "Ideas are shown by group, never by name. %s"),
                          PACKAGE_VERSION, today, privacy);
  block = cg_builder_add_text (builder, CG_FONT_META, line, "P");
  g_array_index (block->parts, CgPart, 0).colour = CG_COLOUR_MUTED;
  block->space_before = builder->style->gap * 2;

  if (builder->options->include_private)
    {
      CgStyle *style = builder->style;
      double pad = cg_style_font_size (style, CG_FONT_BODY) * 0.8;
      double width = style->content_width - 2 * pad;
      const char *warning = _("Private notes are included. Do not share this copy beyond the "
                              "people who agreed to see them.");
      CgPart *part;

      block = cg_block_new ();
      part = cg_block_add_layout (block, cg_style_layout (style, CG_FONT_STRONG, warning, width),
                                  pad, pad, width, NULL);
      part->colour = CG_COLOUR_WARNING;
      block->height += pad;
      block->tag = "P";
      block->space_before = style->gap;
      block->decorate = decorate_warning_cb;
      g_ptr_array_add (builder->blocks, block);
    }
}

static void
add_key (CgBuilder *builder)
{
  static const char * const meanings[] = {
    [CG_IDEA_KIND_IDEA] = N_("a suggestion or an option for change"),
    [CG_IDEA_KIND_STRENGTH] = N_("something that works and should be kept"),
    [CG_IDEA_KIND_DEVELOPMENT] = N_("something that could be better"),
    [CG_IDEA_KIND_STORY] = N_("someone’s experience, in their words"),
    [CG_IDEA_KIND_QUESTION] = N_("something people want answered"),
  };
  /* Easy read: short, plain, and the same words as beside each idea. */
  static const char * const easy_meanings[] = {
    [CG_IDEA_KIND_IDEA] = N_("a way to change things"),
    [CG_IDEA_KIND_STRENGTH] = N_("something that works well"),
    [CG_IDEA_KIND_DEVELOPMENT] = N_("something that needs to change"),
    [CG_IDEA_KIND_STORY] = N_("what happened to someone, in their words"),
    [CG_IDEA_KIND_QUESTION] = N_("something people want to know"),
  };
  CgBlock *block = NULL;

  cg_builder_add_heading (builder, 2, CG_PICK (builder, _("How to read this summary"),
                                               _("What the shapes mean")));
  for (guint kind = 0; kind <= CG_IDEA_KIND_LAST; kind++)
    {
      /* TRANSLATORS: a kind of note and what it means ("Strength: something that works") */
      g_autofree char *text = g_strdup_printf (_("%s: %s"), cg_summary_kind_label (builder, kind),
                                               CG_PICK (builder, _(meanings[kind]),
                                                        _(easy_meanings[kind])));

      block = cg_summary_add_marked_item (builder, kind, text, NULL);
      block->space_before = builder->style->item_gap * 0.6;
      if (kind == 0)
        cg_block_open (block, "L");
    }
  block->n_close++;

  cg_builder_add_text (builder, CG_FONT_BODY,
                       CG_PICK (builder,
                                _("Votes show how many people backed an idea. “Beyond the "
                                  "service” marks an idea that looks outside the service for an "
                                  "answer."),
                                _("Votes: how many people liked the idea.")), "P");
  if (builder->style->easy_read)
    cg_builder_add_text (builder, CG_FONT_BODY,
                         _("Help from outside the service: the answer may come from a group "
                           "outside the service."), "P");
}

/* "Run by Ann Smith and the peer team", and what the workshop is for, under its title. */
static void
add_about (CgBuilder *builder)
{
  const char *facilitator = cg_workshop_get_facilitator (builder->workshop);
  const char *description = cg_workshop_get_description (builder->workshop);
  CgBlock *block;

  if (facilitator != NULL && *facilitator != '\0')
    {
      g_autofree char *isolated = cg_isolate (facilitator);
      /* TRANSLATORS: under the workshop's title on the summary's front page; %s is who ran
       * it, as the facilitator wrote it in the workshop's properties */
      g_autofree char *line = g_strdup_printf (_("Run by %s"), isolated);

      block = cg_builder_add_text (builder, CG_FONT_H3, line, "P");
      block->space_before = builder->style->gap * 0.6;
    }
  if (description != NULL && *description != '\0')
    cg_builder_add_text (builder, CG_FONT_BODY, description, "P");
}

/* The thanks to everyone who came: the facilitator's words, or the summary's own. */
static void
add_thanks (CgBuilder *builder)
{
  const char *thanks = cg_workshop_get_thanks (builder->workshop);
  CgBlock *block;

  if (thanks == NULL || *thanks == '\0')
    thanks = CG_PICK (builder,
                      _("Thank you to everyone who came and gave their time, their experience "
                        "and their ideas. This summary is for you."),
                      _("Thank you for coming and for sharing your ideas."));
  block = cg_builder_add_text (builder, CG_FONT_QUOTE, thanks, "P");
  block->space_before = builder->style->gap * 1.5;
}

static void
decorate_support_cb (CgBlock *block,
                     CgStyle *style,
                     cairo_t *cr,
                     double   top,
                     double   bottom)
{
  double line = 1.5;

  cg_style_set_colour (style, cr, CG_COLOUR_QUOTE_BG);
  cairo_rectangle (cr, 0, top, style->content_width, bottom - top);
  cairo_fill (cr);
  cg_style_set_colour (style, cr, CG_COLOUR_ACCENT);
  cairo_set_line_width (cr, line);
  cairo_rectangle (cr, line / 2, top + line / 2, style->content_width - line,
                   bottom - top - line);
  cairo_stroke (cr);
}

/* Where a contact's name ends: before the first dash or comma set apart by spaces
 * ("Samaritans — 116 123"), or the whole line. */
static guint
contact_name_end (const char *contact)
{
  static const char * const separators[] = { " — ", " – ", " - ", ": ", ", ", "\t" };
  const char *end = contact + strlen (contact);

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      const char *found = strstr (contact, separators[i]);

      if (found != NULL && found < end)
        end = found;
    }
  return (guint) (end - contact);
}

/* A box of where to get support after a difficult conversation, with the contacts set in the
 * workshop's properties; nothing when none is set. */
static void
add_support (CgBuilder *builder)
{
  CgStyle *style = builder->style;
  g_auto(GStrv) contacts = cg_workshop_dup_support_contacts (builder->workshop);
  double pad = cg_style_font_size (style, CG_FONT_BODY) * 0.9;
  double width = style->content_width - 2 * pad;
  const char *lead;
  CgBlock *block;
  double y;

  if (contacts[0] == NULL)
    return;

  lead = CG_PICK (builder,
                  _("If today brought up difficult feelings, you can talk to:"),
                  _("If today made you feel upset or worried, you can talk to:"));
  block = cg_block_new ();
  cg_block_add_layout (block, cg_style_layout (style, CG_FONT_STRONG, lead, width), pad, pad,
                       width, "P");
  y = block->height + style->item_gap;
  for (guint i = 0; contacts[i] != NULL; i++)
    {
      PangoLayout *layout = cg_style_layout (style, CG_FONT_BODY, contacts[i], width);

      /* bold before measuring: bold type is wider */
      cg_layout_embolden (layout, 0, contact_name_end (contacts[i]));
      cg_block_add_layout (block, layout, pad, y, width, "P");
      y = block->height + style->item_gap * 0.5;
    }
  block->height += pad;
  block->space_before = style->gap * 1.5;
  block->decorate = decorate_support_cb;
  cg_block_open (block, "Div");
  block->n_close = 1;
  g_ptr_array_add (builder->blocks, block);
}

void
cg_build_cover (CgBuilder *builder)
{
  CgStyle *style = builder->style;
  CgSummaryData *data = builder->data;
  const char *title = cg_workshop_get_title (builder->workshop);
  CgBlock *block;

  block = cg_builder_add_text (builder, CG_FONT_META,
                               CG_PICK (builder, _("Workshop summary"), _("Summary")), "P");
  g_array_index (block->parts, CgPart, 0).colour = CG_COLOUR_MUTED;

  block = cg_builder_add_text (builder, CG_FONT_TITLE,
                               cg_workshop_display_title (title),
                               "H1");
  block->outline = g_strdup (CG_PICK (builder, _("Cover"), _("Front page")));
  block->outline_level = 1;
  block->space_before = style->gap * 0.5;

  /* the front page: who ran it, the thanks, and where to turn for support */
  add_about (builder);
  add_thanks (builder);
  add_support (builder);

  if (data->events->len == 0)
    cg_builder_add_text (builder, CG_FONT_BODY, _("No events are recorded yet."), "P");
  else if (builder->options->event == NULL && data->events->len > 1)
    {
      g_autofree char *lead = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "This summary covers %u event:",
                                                            "This summary covers %u events:",
                                                            data->events->len),
                                               data->events->len);
      block = cg_builder_add_text (builder, CG_FONT_BODY, lead, "P");
      block->space_before = style->gap * 2;
      block->keep_with_next = TRUE;  /* never alone at the foot of the page */
    }
  for (guint e = 0; e < data->events->len; e++)
    add_event (builder, g_ptr_array_index (data->events, e));
  if (builder->options->event == NULL && data->events->len > 1)
    cg_builder_add_text (builder, CG_FONT_BODY,
                         _("Counts are for the whole series: an idea carried from one event to "
                           "the next counts once."), "P");

  add_who_took_part (builder);
  add_how_made (builder);
  add_key (builder);
}

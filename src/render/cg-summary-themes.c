/* cg-summary-themes.c: "what people said": each theme in board order with its ideas, grouped
 * as ideas, what is working, what could be better, and stories set apart, most votes first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cg-summary-private.h"
#include "model/cg-audience.h"

typedef struct
{
  CgIdeaKind kind;
  double     mark_x;
  double     mark_y;
  gboolean   story;   /* set apart on a tinted ground */
} ItemData;

static void
decorate_item_cb (CgBlock *block,
                  CgStyle *style,
                  cairo_t *cr,
                  double   top,
                  double   bottom)
{
  ItemData *item = block->data;
  double size = style->mark_size;

  if (item->story)
    {
      cg_style_set_colour (style, cr, CG_COLOUR_QUOTE_BG);
      cairo_rectangle (cr, 0, top, style->content_width, bottom - top);
      cairo_fill (cr);
      cg_style_set_colour (style, cr, CG_COLOUR_RULE);
      cairo_rectangle (cr, cg_style_x (style, 0, 3), top, 3, bottom - top);
      cairo_fill (cr);
    }
  if (item->mark_y >= top - 0.01 && item->mark_y < bottom)
    cg_style_draw_mark (style, cr, item->kind, cg_style_x (style, item->mark_x, size),
                        item->mark_y, size);
}

/* A list item: the mark of @kind, then @text (taken), then @meta in small type below. */
static CgBlock *
add_item (CgBuilder   *builder,
          CgIdeaKind   kind,
          PangoLayout *text,
          const char  *meta,
          gboolean     story)
{
  CgStyle *style = builder->style;
  CgBlock *block = cg_block_new ();
  ItemData *item = g_new0 (ItemData, 1);
  double pad = story ? cg_style_font_size (style, CG_FONT_BODY) * 0.6 : 0;
  double width = style->content_width - style->indent - 2 * pad;
  PangoLayoutIter *iter;
  double baseline;

  pango_layout_set_width (text, pango_units_from_double (width));
  iter = pango_layout_get_iter (text);
  baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));
  pango_layout_iter_free (iter);

  item->kind = kind;
  item->story = story;
  item->mark_x = pad;
  /* Centred on the middle of the first line's lower-case letters. */
  item->mark_y = pad + baseline - cg_style_font_size (style, CG_FONT_BODY) * 0.27
                 - style->mark_size / 2;

  cg_block_add_layout (block, text, style->indent + pad, pad, width, NULL);
  if (meta != NULL)
    {
      CgPart *part;

      part = cg_block_add_layout (block, cg_style_layout (style, CG_FONT_META, meta, width),
                                  style->indent + pad, block->height + 2, width, NULL);
      part->colour = CG_COLOUR_MUTED;
    }
  block->height += pad;
  block->tag = "LI";
  block->space_before = style->item_gap;
  block->data = item;
  block->data_free = g_free;
  block->decorate = decorate_item_cb;
  g_ptr_array_add (builder->blocks, block);
  return block;
}

CgBlock *
cg_summary_add_marked_item (CgBuilder  *builder,
                            CgIdeaKind  kind,
                            const char *text,
                            const char *meta)
{
  CgStyle *style = builder->style;

  return add_item (builder, kind, cg_style_layout (style, CG_FONT_BODY, text, 1), meta, FALSE);
}

const char *
cg_summary_kind_label (CgBuilder  *builder,
                       CgIdeaKind  kind)
{
  static const char * const easy[] = {
    [CG_IDEA_KIND_IDEA] = N_("Idea"),
    [CG_IDEA_KIND_STRENGTH] = N_("Good thing"),
    [CG_IDEA_KIND_DEVELOPMENT] = N_("Could be better"),
    [CG_IDEA_KIND_STORY] = N_("Story"),
    [CG_IDEA_KIND_QUESTION] = N_("Question"),
  };

  if (!builder->style->easy_read || kind > CG_IDEA_KIND_LAST)
    return cg_idea_kind_get_label (kind);
  return _(easy[kind]);
}

const char *
cg_summary_unsorted_name (CgBuilder *builder)
{
  return CG_PICK (builder, _("Not yet sorted"), _("Not sorted yet"));
}

const char *
cg_summary_beyond_words (CgBuilder *builder)
{
  return CG_PICK (builder, _("Beyond the service"), _("Help from outside the service"));
}

/* "Question · Family and carers · 5 votes · Beyond the service"; in easy read, plain
 * sentences: "From Family and carers. 5 votes. Help from outside the service." */
static char *
dup_idea_meta (CgBuilder         *builder,
               const CgIdeaEntry *entry)
{
  CgVoice *voice = cg_idea_get_voice (entry->idea);
  gboolean easy = builder->style->easy_read;
  /* TRANSLATORS: between the details of an idea in the summary */
  const char *separator = easy ? " " : _(" · ");
  g_autoptr(GString) meta = g_string_new (NULL);
  g_autofree char *votes = NULL;

  if (!easy)
    g_string_append_printf (meta, "%s%s", cg_idea_kind_get_label (cg_idea_get_kind (entry->idea)),
                            separator);
  if (voice != NULL && *cg_voice_get_name (voice) != '\0')
    {
      g_autofree char *name = cg_isolate (cg_voice_get_name (voice));

      if (easy)
        /* TRANSLATORS: easy read: the group an idea came from */
        g_string_append_printf (meta, _("From %s."), name);
      else
        g_string_append (meta, name);
    }
  else
    g_string_append (meta, CG_PICK (builder, _("Group not recorded"), _("Group not known.")));
  g_string_append (meta, separator);
  if (easy)
    votes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u vote.", "%u votes.",
                                          entry->votes), entry->votes);
  else
    votes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u vote", "%u votes",
                                          entry->votes), entry->votes);
  g_string_append (meta, votes);
  if (cg_idea_get_beyond_service (entry->idea))
    g_string_append_printf (meta, easy ? "%s%s." : "%s%s", separator,
                            cg_summary_beyond_words (builder));
  if (cg_idea_get_private (entry->idea))
    g_string_append_printf (meta, easy ? "%s%s." : "%s%s", separator, _("Private note"));
  /* which laptop captured it: only when asked (it is not what the room said) */
  if (builder->options->show_laptops && cg_idea_get_laptop (entry->idea) != NULL)
    {
      g_autofree char *laptop = cg_isolate (cg_idea_get_laptop (entry->idea));

      g_string_append (meta, separator);
      if (easy)
        /* TRANSLATORS: easy read: the laptop ("Table 2") an idea was typed on */
        g_string_append_printf (meta, _("Written down at %s."), laptop);
      else
        /* TRANSLATORS: the laptop ("Table 2") an idea was captured on */
        g_string_append_printf (meta, _("captured at %s"), laptop);
    }

  return g_string_free (g_steal_pointer (&meta), FALSE);
}

/* The idea's words as the summary's readers may see them (cg-audience.h). */
static const char *
shown_text (CgBuilder         *builder,
            const CgIdeaEntry *entry)
{
  return cg_idea_get_shown_text (entry->idea,
                                 cg_audience_for_summary (builder->options->include_private));
}

static CgBlock *
add_idea (CgBuilder         *builder,
          const CgIdeaEntry *entry)
{
  CgStyle *style = builder->style;
  CgIdeaKind kind = cg_idea_get_kind (entry->idea);
  gboolean story = kind == CG_IDEA_KIND_STORY;
  g_autofree char *meta = dup_idea_meta (builder, entry);
  g_autofree char *text = NULL;
  PangoLayout *layout;
  guint prefix = 0;

  if (style->easy_read)
    {
      /* The kind as a word, not only a shape: "Question: ..." */
      const char *label = cg_summary_kind_label (builder, kind);

      /* TRANSLATORS: the kind of note before its text in the easy-read summary */
      text = g_strdup_printf (_("%s: %s"), label, shown_text (builder, entry));
      prefix = strlen (label) + 1;
    }
  else if (story)
    /* TRANSLATORS: a story or quote, in quotation marks */
    text = g_strdup_printf (_("“%s”"), shown_text (builder, entry));
  else
    text = g_strdup (shown_text (builder, entry));

  layout = cg_style_layout (style, story && !style->easy_read ? CG_FONT_QUOTE : CG_FONT_BODY,
                            text, 1);
  if (prefix > 0)
    cg_layout_embolden (layout, 0, prefix);
  return add_item (builder, kind, layout, meta, story);
}

typedef struct
{
  guint       kinds;      /* 1 << CgIdeaKind */
  const char *standard;
  const char *easy;
} Subgroup;

/* In easy read, the headings use the words each idea's kind is given ("Could be better"). */
static const Subgroup subgroups[] = {
  { 1 << CG_IDEA_KIND_IDEA | 1 << CG_IDEA_KIND_QUESTION, N_("Ideas and questions"),
    N_("Ideas and questions") },
  { 1 << CG_IDEA_KIND_STRENGTH, N_("What is working"), N_("Good things") },
  { 1 << CG_IDEA_KIND_DEVELOPMENT, N_("What could be better"), N_("Could be better") },
  { 1 << CG_IDEA_KIND_STORY, N_("Stories and quotes"), N_("Stories") },
};

static void
add_subgroup (CgBuilder      *builder,
              CgThemeGroup   *group,
              const Subgroup *subgroup,
              CgBlock        *continued)
{
  CgBlock *block = NULL;

  for (guint i = 0; i < group->ideas->len; i++)
    {
      const CgIdeaEntry *entry = &g_array_index (group->ideas, CgIdeaEntry, i);

      if (!(subgroup->kinds & (1u << cg_idea_get_kind (entry->idea))))
        continue;
      if (block == NULL)
        {
          cg_builder_add_heading (builder, 3, CG_PICK (builder, _(subgroup->standard),
                                                       _(subgroup->easy)))->header = continued;
          block = add_idea (builder, entry);
          block->space_before = builder->style->gap * 0.6;
          cg_block_open (block, "L");
        }
      else
        block = add_idea (builder, entry);
      block->header = continued;
    }
  if (block != NULL)
    block->n_close++;
}

/* A bar of the theme's colour in the margin beside its heading. */
static void
decorate_theme_cb (CgBlock *block,
                   CgStyle *style,
                   cairo_t *cr,
                   double   top,
                   double   bottom)
{
  double width = 5, gap = 9;

  cg_style_set_hex (style, cr, block->data, CG_COLOUR_RULE);
  cairo_rectangle (cr, cg_style_x (style, -gap - width, width), top, width, bottom - top);
  cairo_fill (cr);
}

/* "First contacts (continued)", above ideas that go on over a page. */
static CgBlock *
make_continued (CgBuilder  *builder,
                const char *name)
{
  CgStyle *style = builder->style;
  /* TRANSLATORS: at the top of a page, the theme whose ideas go on from the page before */
  g_autofree char *text = g_strdup_printf (_("%s (continued)"), name);
  CgBlock *block = cg_block_new ();
  CgPart *part;

  part = cg_block_add_layout (block, cg_style_layout (style, CG_FONT_H3, text,
                                                      style->content_width),
                              0, 0, style->content_width, NULL);
  part->colour = CG_COLOUR_MUTED;
  block->height += style->gap * 0.3;
  g_ptr_array_add (builder->extras, block);
  return block;
}

static void
add_theme (CgBuilder    *builder,
           CgThemeGroup *group)
{
  CgTheme *theme = group->theme;
  const char *name = theme != NULL ? cg_theme_get_name (theme) : NULL;
  const char *description = theme != NULL ? cg_theme_get_description (theme) : NULL;
  CgBlock *block, *continued;

  if (theme == NULL)
    name = cg_summary_unsorted_name (builder);
  else if (name == NULL || *name == '\0')
    name = _("Untitled theme");

  continued = make_continued (builder, name);
  block = cg_builder_add_heading (builder, 2, name);
  cg_block_open (block, "Sect");
  block->outline = g_strdup (name);
  block->outline_level = 2;
  if (theme != NULL)
    {
      block->data = g_strdup (cg_theme_get_colour (theme));
      block->data_free = g_free;
      block->decorate = decorate_theme_cb;
    }

  if (description != NULL && *description != '\0')
    {
      block = cg_builder_add_text (builder, CG_FONT_BODY, description, "P");
      g_array_index (block->parts, CgPart, 0).colour = CG_COLOUR_MUTED;
      block->space_before = builder->style->gap * 0.4;
    }

  if (group->ideas->len == 0)
    {
      block = cg_builder_add_text (builder, CG_FONT_BODY,
                                   CG_PICK (builder, _("No notes under this theme yet."),
                                            _("No ideas here yet.")), "P");
      g_array_index (block->parts, CgPart, 0).colour = CG_COLOUR_MUTED;
    }
  for (guint s = 0; s < G_N_ELEMENTS (subgroups); s++)
    add_subgroup (builder, group, &subgroups[s], continued);

  block = g_ptr_array_index (builder->blocks, builder->blocks->len - 1);
  block->n_close++;
}

void
cg_build_themes (CgBuilder *builder)
{
  CgSummaryData *data = builder->data;
  CgBlock *block;

  cg_builder_add_heading (builder, 1, _("What people said"));
  block = cg_builder_add_text (builder, CG_FONT_BODY,
                               CG_PICK (builder,
                                        _("The themes are in the order the group put them in. "
                                          "Under each theme, the notes with the most votes come "
                                          "first."),
                                        _("The ideas with the most votes come first.")), "P");
  block->space_before = builder->style->gap * 1.5;

  if (data->groups->len == 0)
    cg_builder_add_text (builder, CG_FONT_BODY,
                         CG_PICK (builder, _("No ideas were recorded."),
                                  _("Nobody wrote down any ideas.")), "P");
  for (guint g = 0; g < data->groups->len; g++)
    add_theme (builder, g_ptr_array_index (data->groups, g));
}

/* cg-summary-paginate.c: fills pages with blocks: nothing cut off, no idea split across pages
 * unless it is longer than a page, no heading alone at the foot of a page, table headers
 * repeated when a table goes on over a page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-render"

#include "config.h"

#include "cg-summary-private.h"

#define EPSILON 0.01

typedef struct
{
  CgStyle   *style;
  GPtrArray *blocks;
  GPtrArray *pages;   /* GArray of CgPlacement */
  GArray    *page;    /* the page being filled */
  double     y;       /* where the next block goes on it */
  gboolean   empty;   /* nothing but a repeated header on it yet */
} Pager;

static void
start_page (Pager *pager)
{
  pager->page = g_array_new (FALSE, TRUE, sizeof (CgPlacement));
  g_ptr_array_add (pager->pages, pager->page);
  pager->y = pager->style->content_top;
  pager->empty = TRUE;
}

static void
place (Pager   *pager,
       CgBlock *block,
       double   top,
       double   bottom,
       gboolean repeat)
{
  CgPlacement placement = { 0, };

  placement.block = block;
  placement.y = pager->y;
  placement.top = top;
  placement.bottom = bottom;
  placement.first = top <= EPSILON;
  placement.last = bottom >= block->height - EPSILON;
  placement.repeat = repeat;
  g_array_append_val (pager->page, placement);

  pager->y += bottom - top;
  if (!repeat)
    pager->empty = FALSE;
}

/* A table that goes on over a page shows its header again first. */
static void
repeat_header (Pager   *pager,
               CgBlock *block)
{
  if (block->header != NULL && pager->page->len == 0)
    place (pager, block->header, 0, block->header->height, TRUE);
}

static double
page_room (Pager   *pager,
           CgBlock *block)
{
  double room = pager->style->content_bottom - pager->style->content_top;

  return block->header != NULL ? room - block->header->height : room;
}

/* How much of @block must go on the same page as a heading before it. */
static double
first_piece (Pager   *pager,
             CgBlock *block)
{
  g_autoptr(GArray) breaks = NULL;

  if (!block->split_freely && block->height <= page_room (pager, block))
    return block->height;

  breaks = cg_block_dup_breaks (block);
  return g_array_index (breaks, double, MIN (1, breaks->len - 1));
}

/* The height @block needs here: itself, and what it keeps with (a heading with the start of
 * what it heads). */
static double
needed_height (Pager *pager,
               guint  index)
{
  CgBlock *block = g_ptr_array_index (pager->blocks, index);
  double need = block->height;

  while (block->keep_with_next && index + 1 < pager->blocks->len)
    {
      CgBlock *next = g_ptr_array_index (pager->blocks, ++index);

      if (next->break_before)
        break;
      if (!next->keep_with_next)
        return need + next->space_before + first_piece (pager, next);
      need += next->space_before + next->height;
      block = next;
    }
  return need;
}

/* The furthest break after @top that fits within @room, or a negative number. With @widows,
 * leaves at least two lines on each side of it. */
static double
find_break (GArray  *breaks,
            double   top,
            double   room,
            gboolean widows)
{
  double found = -1;
  guint first = 0, lines;

  while (first < breaks->len && g_array_index (breaks, double, first) <= top + EPSILON)
    first++;
  lines = breaks->len - first;

  for (guint k = first; k + 1 < breaks->len; k++)
    {
      double y = g_array_index (breaks, double, k);

      if (y - top > room + EPSILON)
        break;
      if (widows && (k - first + 1 < 2 || lines - (k - first + 1) < 2))
        continue;
      found = y;
    }
  return found;
}

/* The first break after @top: for a line taller than the whole page. */
static double
next_break (GArray *breaks,
            double  top)
{
  for (guint k = 0; k < breaks->len; k++)
    if (g_array_index (breaks, double, k) > top + EPSILON)
      return g_array_index (breaks, double, k);
  return g_array_index (breaks, double, breaks->len - 1);
}

/* Places @block across as many pages as it needs, starting on this one. */
static void
place_in_pieces (Pager   *pager,
                 CgBlock *block)
{
  g_autoptr(GArray) breaks = cg_block_dup_breaks (block);
  double top = 0;

  for (;;)
    {
      double gap = pager->empty || top > 0 ? 0 : block->space_before;
      double room = pager->style->content_bottom - pager->y - gap;
      double end;

      if (block->height - top <= room + EPSILON)
        {
          pager->y += gap;
          place (pager, block, top, block->height, FALSE);
          return;
        }

      end = find_break (breaks, top, room, TRUE);
      if (end < 0 && pager->empty)
        end = find_break (breaks, top, room, FALSE);
      if (end < 0)
        {
          if (pager->empty)
            end = next_break (breaks, top);
          else
            {
              start_page (pager);
              repeat_header (pager, block);
              continue;
            }
        }

      pager->y += gap;
      place (pager, block, top, end, FALSE);
      top = end;
      start_page (pager);
      repeat_header (pager, block);
    }
}

static void
place_block (Pager *pager,
             guint  index)
{
  CgBlock *block = g_ptr_array_index (pager->blocks, index);
  double gap, room, need;

  if (block->break_before && !pager->empty)
    start_page (pager);
  repeat_header (pager, block);

  gap = pager->empty ? 0 : block->space_before;
  room = pager->style->content_bottom - pager->y - gap;
  need = needed_height (pager, index);

  if (need <= room + EPSILON)
    {
      pager->y += gap;
      place (pager, block, 0, block->height, FALSE);
      return;
    }

  /* It fits, but what it keeps with does not: start a page, unless that would not help. */
  if (block->height <= room + EPSILON)
    {
      if (!pager->empty && need <= page_room (pager, block) + EPSILON)
        {
          start_page (pager);
          place_block (pager, index);
          return;
        }
      pager->y += gap;
      place (pager, block, 0, block->height, FALSE);
      return;
    }

  /* It does not fit. Something that fits on a page of its own (an idea, a table row) moves to
   * the next page whole; a paragraph may break; anything longer than a page breaks. */
  if (block->height <= page_room (pager, block) + EPSILON && !pager->empty
      && (!block->split_freely || block->keep_with_next))
    {
      start_page (pager);
      place_block (pager, index);
      return;
    }
  place_in_pieces (pager, block);
}

GPtrArray *
cg_paginate (CgStyle   *style,
             GPtrArray *blocks)
{
  Pager pager = { style, blocks, NULL, NULL, 0, TRUE };

  pager.pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  start_page (&pager);
  for (guint i = 0; i < blocks->len; i++)
    place_block (&pager, i);

  /* A page opened for content that never came. */
  if (pager.pages->len > 1 && pager.empty)
    g_ptr_array_remove_index (pager.pages, pager.pages->len - 1);

  return pager.pages;
}

/* sync-peer.c: one laptop, without a window, for the test with a real sync engine
 * (sync-syncthing.py): it opens a workshop file in a synced folder, watches it with the sync
 * watcher, merges what arrives by the window's own rule (cg_arrival_merge (),
 * cg_sync_after_merge ()), and captures ideas it is given on standard input.
 *
 *   sync-peer FILE LAPTOP-NAME
 *
 * Standard input, one command a line:
 *   add TEXT   capture an idea (recording LAPTOP-NAME) and save, as a facilitator who saves
 *              after each idea
 *   edit OLD<TAB>NEW
 *              change the words of the idea whose words are OLD to NEW, and save
 *   count      print "ideas N"
 *   quit       save if anything is unsaved, then exit
 * Standard output: "ready" once watching; "arrived N" after each arrival that changed the
 * workshop; "saved" after each save; "refused MESSAGE" for a copy not merged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-sync-peer"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "io/cg-io.h"
#include "io/cg-sync-watch.h"

typedef struct
{
  GMainLoop        *loop;
  GFile            *file;
  CgWorkshop       *workshop;
  CgSyncWatch      *watch;
  GIOChannel       *input;
  guint             input_id;
  gboolean          quitting;
} Peer;

static void
say (const char *format,
     ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  putchar ('\n');
  fflush (stdout);
}

static void
save (Peer *peer)
{
  g_autoptr(GError) error = NULL;

  cg_sync_watch_begin_write (peer->watch);
  if (!cg_workshop_save (peer->workshop, peer->file, NULL, &error))
    {
      g_printerr ("sync-peer: %s\n", error->message);
      cg_sync_watch_end_write (peer->watch, FALSE);
      return;
    }
  cg_sync_watch_end_write (peer->watch, TRUE);
  say ("saved");
}

static gboolean
arrived_cb (CgSyncWatch *watch,
            CgWorkshop  *changes,
            GFile       *source,
            guint        flags,
            Peer        *peer)
{
  CgHistory *history = cg_workshop_get_history (peer->workshop);
  gboolean was_modified = cg_history_get_modified (history);
  g_autoptr(CgArrival) arrival = cg_arrival_merge (peer->workshop, changes,
                                                    cg_sync_watch_idea_unchanged, watch);

  if (cg_arrival_get_changed (arrival))
    say ("arrived %u", cg_arrival_get_n_ideas (arrival));
  switch (cg_sync_after_merge (was_modified, arrival, flags))
    {
    case CG_SYNC_MARK_SAVED:
      cg_history_mark_clean (history);
      break;
    case CG_SYNC_SAVE:
      save (peer);
      break;
    case CG_SYNC_KEEP:
    default:
      break;
    }
  return TRUE;
}

static void
refused_cb (CgSyncWatch *watch,
            GFile       *source,
            GError      *error,
            Peer        *peer)
{
  say ("refused %s", error->message);
}

static void
quit_when_idle (Peer *peer)
{
  if (cg_sync_watch_get_busy (peer->watch))
    return;
  if (cg_history_get_modified (cg_workshop_get_history (peer->workshop)))
    save (peer);
  g_main_loop_quit (peer->loop);
}

static void
quit (Peer *peer)
{
  peer->quitting = TRUE;
  g_signal_connect_swapped (peer->watch, "notify::busy", G_CALLBACK (quit_when_idle), peer);
  quit_when_idle (peer);
}

static void
obey (Peer       *peer,
      const char *line)
{
  if (g_str_has_prefix (line, "add "))
    {
      CgIdea *idea = cg_idea_new (line + 4);
      CgEvent *event = g_list_model_get_item (cg_workshop_get_events (peer->workshop), 0);

      cg_idea_set_event (idea, event);
      cg_workshop_add (peer->workshop, idea);
      g_object_unref (idea);
      g_clear_object (&event);
      save (peer);
    }
  else if (g_str_has_prefix (line, "edit "))
    {
      g_auto(GStrv) words = g_strsplit (line + 5, "\t", 2);
      GListModel *ideas = cg_workshop_get_ideas (peer->workshop);

      for (guint i = 0; words[1] != NULL && i < g_list_model_get_n_items (ideas); i++)
        {
          g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

          if (g_strcmp0 (cg_idea_get_text (idea), words[0]) == 0)
            {
              cg_idea_set_text (idea, words[1]);
              save (peer);
              return;
            }
        }
      say ("refused no idea says %s", words[0]);
    }
  else if (g_str_equal (line, "count"))
    {
      say ("ideas %u", g_list_model_get_n_items (cg_workshop_get_ideas (peer->workshop)));
    }
}

static gboolean
input_cb (GIOChannel   *channel,
          GIOCondition  condition,
          gpointer      user_data)
{
  Peer *peer = user_data;

  for (;;)
    {
      g_autofree char *line = NULL;
      GIOStatus status = g_io_channel_read_line (channel, &line, NULL, NULL, NULL);

      if (status == G_IO_STATUS_AGAIN)
        return G_SOURCE_CONTINUE;
      if (status != G_IO_STATUS_NORMAL)
        break;
      g_strchomp (line);
      if (g_str_equal (line, "quit"))
        break;
      obey (peer, line);
    }
  peer->input_id = 0;
  quit (peer);
  return G_SOURCE_REMOVE;
}

static void
read_next (Peer *peer)
{
  peer->input = g_io_channel_unix_new (0);
  g_io_channel_set_flags (peer->input, G_IO_FLAG_NONBLOCK, NULL);
  peer->input_id = g_io_add_watch (peer->input, G_IO_IN | G_IO_HUP | G_IO_ERR, input_cb, peer);
}

static void
ready_cb (Peer *peer)
{
  if (cg_sync_watch_get_busy (peer->watch))
    return;
  g_signal_handlers_disconnect_by_func (peer->watch, ready_cb, peer);
  say ("ready");
  read_next (peer);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  Peer peer = { 0 };

  if (argc != 3)
    {
      g_printerr ("usage: sync-peer FILE LAPTOP-NAME\n");
      return 2;
    }
  peer.file = g_file_new_for_commandline_arg (argv[1]);
  peer.workshop = cg_workshop_load (peer.file, NULL, &error);
  if (peer.workshop == NULL)
    {
      g_printerr ("sync-peer: %s\n", error->message);
      return 1;
    }
  cg_idea_set_capturing_laptop (argv[2]);

  peer.loop = g_main_loop_new (NULL, FALSE);
  peer.watch = g_object_new (CG_TYPE_SYNC_WATCH, "file", peer.file, "settle-time", 200, NULL);
  g_signal_connect (peer.watch, "arrived", G_CALLBACK (arrived_cb), &peer);
  g_signal_connect (peer.watch, "refused", G_CALLBACK (refused_cb), &peer);
  g_signal_connect_swapped (peer.watch, "notify::busy", G_CALLBACK (ready_cb), &peer);

  g_main_loop_run (peer.loop);

  say ("ideas %u", g_list_model_get_n_items (cg_workshop_get_ideas (peer.workshop)));
  g_clear_handle_id (&peer.input_id, g_source_remove);
  g_clear_pointer (&peer.input, g_io_channel_unref);
  g_object_unref (peer.watch);
  g_object_unref (peer.workshop);
  g_object_unref (peer.file);
  g_main_loop_unref (peer.loop);
  return 0;
}

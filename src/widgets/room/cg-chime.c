/* cg-chime.c: the soft sound at the end of the room's timer
 *
 * Some people in the room find alarms hard, so the sound is off unless the facilitator turns
 * it on (GSettings "timer-sound", "timer-sound-volume"), and it is a short, quiet bell: E5 with
 * a fifth and an octave above, a 15 ms fade-in and a slow fade-out over 1.4 s, mono, 16 kHz
 * (ui/cg-chime.wav, made for Common Ground: sum of sines 0.55 sin(659.25 Hz) + 0.25 sin(987.77
 * Hz) e^-1.5t + 0.12 sin(1318.5 Hz) e^-3t, times 0.45 min(1, t / 0.015) e^-3.2t).
 *
 * It plays through GtkMediaFile (GTK 4.8's media API, with its GStreamer backend when
 * installed). A missing backend, codec or sound device is an error on the stream, which is
 * let go quietly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-room"

#include "config.h"

#include "cg-chime.h"

#define CHIME_RESOURCE "/org/commonground/CommonGround/cg-chime.wav"

/* The stream ended, or could not play: let it go. */
static void
finished_cb (GtkMediaStream *stream)
{
  if (!gtk_media_stream_get_ended (stream) && gtk_media_stream_get_error (stream) == NULL)
    return;
  if (gtk_media_stream_get_error (stream) != NULL)
    g_debug ("The timer's chime could not play: %s",
             gtk_media_stream_get_error (stream)->message);
  g_signal_handlers_disconnect_by_func (stream, finished_cb, NULL);
  g_object_unref (stream);
}

GtkMediaStream *
cg_chime_play (double volume)
{
  GtkMediaStream *stream;

  if (volume <= 0)
    return NULL;
  stream = GTK_MEDIA_STREAM (gtk_media_file_new_for_resource (CHIME_RESOURCE));
  if (gtk_media_stream_get_error (stream) != NULL)
    {
      g_debug ("The timer's chime could not play: %s",
               gtk_media_stream_get_error (stream)->message);
      g_object_unref (stream);
      return NULL;
    }
  gtk_media_stream_set_volume (stream, CLAMP (volume, 0.0, 1.0));
  /* the stream keeps itself until it ends or fails */
  g_signal_connect (stream, "notify::ended", G_CALLBACK (finished_cb), NULL);
  g_signal_connect (stream, "notify::error", G_CALLBACK (finished_cb), NULL);
  gtk_media_stream_play (stream);
  return stream;
}

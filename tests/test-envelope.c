/* test-envelope.c: protected workshops: sealing and opening, every hostile envelope refused
 * with a clear reason, and no word of a protected workshop in any file written for it
 *
 * Keys here cost one Argon2id pass over 1 MiB, not the half second of the real default, so
 * the hundreds of damaged envelopes take moments.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"
#define _GNU_SOURCE  /* memmem */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sodium.h>

#include "io/cg-autosave.h"
#include "io/cg-envelope.h"
#include "io/cg-io.h"

#include "cg-test-cli.h"
#include "cg-test-util.h"

#define PASSPHRASE "correct horse battery staple"
#define TEST_OPSLIMIT 1
#define TEST_MEMLIMIT (1024 * 1024)
#define TITLE "Zebra crossing redesign at Larkfield ward"
#define NOTE "Private: M. said the crisis team laughed at her on the phone in March"

static CgEnvelopeKey *
make_key (const char *passphrase)
{
  g_autoptr(GError) error = NULL;
  CgEnvelopeKey *key = cg_envelope_key_new_with_cost (passphrase, -1, TEST_OPSLIMIT,
                                                      TEST_MEMLIMIT, &error);

  g_assert_no_error (error);
  g_assert_nonnull (key);
  return key;
}

/* @length bytes of text that never repeats within a chunk. */
static char *
make_text (gsize length)
{
  char *text = g_malloc (length + 1);

  for (gsize i = 0; i < length; i++)
    text[i] = "abcdefghijklmnopqrstuvwxyz0123456789 \n"[(i * 7 + i / 37) % 38];
  text[length] = '\0';
  return text;
}

static GBytes *
seal_text (CgEnvelopeKey *key,
           const char    *text,
           gsize          length)
{
  g_autoptr(GError) error = NULL;
  GBytes *sealed = cg_envelope_seal (key, text, length, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sealed);
  return sealed;
}

/* Opens @data with the passphrase, expecting @code (0: success, then the text must be @text). */
static void
assert_open (const guint8 *data,
             gsize         length,
             const char   *passphrase,
             int           code,
             const char   *text,
             gsize         text_length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgEnvelopeKey) key = NULL;
  g_autoptr(GBytes) plain = cg_envelope_open (passphrase, -1, data, length, &key, &error);

  if (code == 0)
    {
      g_assert_no_error (error);
      g_assert_nonnull (plain);
      g_assert_nonnull (key);
      g_assert_cmpmem (g_bytes_get_data (plain, NULL), g_bytes_get_size (plain), text,
                       text_length);
    }
  else
    {
      g_assert_error (error, CG_IO_ERROR, code);
      g_assert_null (plain);
      g_assert_null (key);
    }
}

/* Seal and open */

static void
test_round_trip (void)
{
  g_autoptr(CgEnvelopeKey) key = make_key (PASSPHRASE);
  const gsize sizes[] = { 0, 1, 100, CG_ENVELOPE_CHUNK_SIZE - 1, CG_ENVELOPE_CHUNK_SIZE,
                          CG_ENVELOPE_CHUNK_SIZE + 1, 3 * CG_ENVELOPE_CHUNK_SIZE + 5,
                          1000 * 1000 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *text = make_text (sizes[i]);
      g_autoptr(GBytes) first = seal_text (key, text, sizes[i]);
      g_autoptr(GBytes) second = seal_text (key, text, sizes[i]);
      g_autoptr(GBytes) plain = NULL;
      g_autoptr(GError) error = NULL;
      gsize n_chunks = sizes[i] == 0 ? 1 : (sizes[i] + CG_ENVELOPE_CHUNK_SIZE - 1) /
                                           CG_ENVELOPE_CHUNK_SIZE;
      const guint8 *data;
      gsize length;

      data = g_bytes_get_data (first, &length);
      /* header, key check, one tag per chunk: nothing else is added */
      g_assert_cmpuint (length, ==, CG_ENVELOPE_HEADER_SIZE + 17 * (1 + n_chunks) + sizes[i]);
      g_assert_true (cg_envelope_is_envelope (data, length));
      assert_open (data, length, PASSPHRASE, 0, text, sizes[i]);

      /* the same text sealed twice with the same key: another envelope, the same text */
      g_assert_false (g_bytes_equal (first, second));
      plain = cg_envelope_open_with_key (key, g_bytes_get_data (second, NULL),
                                         g_bytes_get_size (second), &error);
      g_assert_no_error (error);
      g_assert_cmpmem (g_bytes_get_data (plain, NULL), g_bytes_get_size (plain), text,
                       sizes[i]);
    }
}

/* The plain header names the format and its cost, and holds nothing of the text. */
static void
test_header_is_plain (void)
{
  g_autoptr(CgEnvelopeKey) key = make_key (PASSPHRASE);
  g_autoptr(GBytes) sealed = seal_text (key, NOTE, strlen (NOTE));
  const guint8 *data = g_bytes_get_data (sealed, NULL);

  g_assert_cmpmem (data, 4, "CGWE", 4);
  g_assert_cmpuint (data[4], ==, CG_ENVELOPE_VERSION);
  g_assert_cmpuint (data[5], ==, 1);   /* Argon2id */
  g_assert_cmpuint (data[6], ==, 1);   /* secretstream */
  g_assert_cmpuint (data[7], ==, 16);  /* 64 KiB chunks */
  g_assert_cmpuint (data[8], ==, TEST_OPSLIMIT);
  g_assert_cmpuint (data[16] | data[17] << 8 | data[18] << 16, ==, TEST_MEMLIMIT);
  g_assert_null (memmem (data, g_bytes_get_size (sealed), "crisis", 6));
}

static void
test_wrong_passphrase (void)
{
  g_autoptr(CgEnvelopeKey) key = make_key (PASSPHRASE);
  g_autoptr(GBytes) sealed = seal_text (key, NOTE, strlen (NOTE));
  const guint8 *data = g_bytes_get_data (sealed, NULL);
  gsize length = g_bytes_get_size (sealed);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) plain = NULL;

  assert_open (data, length, "correct horse battery stapler", CG_IO_ERROR_WRONG_PASSPHRASE,
               NULL, 0);
  assert_open (data, length, "Correct horse battery staple", CG_IO_ERROR_WRONG_PASSPHRASE,
               NULL, 0);
  assert_open (data, length, "", CG_IO_ERROR_WRONG_PASSPHRASE, NULL, 0);

  plain = cg_envelope_open (PASSPHRASE "x", -1, data, length, NULL, &error);
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_WRONG_PASSPHRASE);
  g_assert_cmpstr (error->message, ==, "the passphrase is wrong");
  g_clear_error (&error);

  /* no passphrase at all: the window is to ask for one */
  plain = cg_envelope_open (NULL, 0, data, length, NULL, &error);
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_NEEDS_PASSPHRASE);
  g_assert_null (plain);
  g_clear_error (&error);

  /* a key from the same passphrase with another salt does not fit: no Argon2id, just "ask" */
  {
    g_autoptr(CgEnvelopeKey) other = make_key (PASSPHRASE);

    g_assert_false (cg_envelope_key_fits (other, data, length));
    g_assert_true (cg_envelope_key_fits (key, data, length));
    plain = cg_envelope_open_with_key (other, data, length, &error);
    g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_NEEDS_PASSPHRASE);
    g_assert_null (plain);
  }
}

/* The same words typed as composed or decomposed characters give the same key. */
static void
test_passphrase_normalised (void)
{
  g_autoptr(CgEnvelopeKey) key = make_key ("caf\xc3\xa9 cr\xc3\xa8me");
  g_autoptr(GBytes) sealed = seal_text (key, NOTE, strlen (NOTE));
  g_autoptr(GError) error = NULL;
  CgEnvelopeKey *bad;

  assert_open (g_bytes_get_data (sealed, NULL), g_bytes_get_size (sealed),
               "cafe\xcc\x81 cre\xcc\x80me", 0, NOTE, strlen (NOTE));
  g_assert_true (cg_envelope_key_check_passphrase (key, "cafe\xcc\x81 cre\xcc\x80me", -1));
  g_assert_false (cg_envelope_key_check_passphrase (key, "cafe cre\xcc\x80me", -1));

  bad = cg_envelope_key_new_with_cost ("\xff\xfe", -1, 1, TEST_MEMLIMIT, &error);
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_WRONG_PASSPHRASE);
  g_assert_null (bad);
  g_clear_error (&error);
  bad = cg_envelope_key_new_with_cost ("a\0b", 3, 1, TEST_MEMLIMIT, &error);
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_WRONG_PASSPHRASE);
  g_assert_null (bad);
}

/* Cut short anywhere, at every 1 KiB and around every chunk's end: refused as damaged, never
 * opened in part. */
static void
test_truncated (void)
{
  g_autoptr(CgEnvelopeKey) key = make_key (PASSPHRASE);
  gsize text_length = 2 * CG_ENVELOPE_CHUNK_SIZE + 3000;
  g_autofree char *text = make_text (text_length);
  g_autoptr(GBytes) sealed = seal_text (key, text, text_length);
  const guint8 *data = g_bytes_get_data (sealed, NULL);
  gsize length = g_bytes_get_size (sealed);
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize first_chunk_end = CG_ENVELOPE_HEADER_SIZE + 17 + CG_ENVELOPE_CHUNK_SIZE + 17;
  gsize more[] = { 0, 1, 3, 4, 5, 40, CG_ENVELOPE_HEADER_SIZE - 1, CG_ENVELOPE_HEADER_SIZE,
                   CG_ENVELOPE_HEADER_SIZE + 16, CG_ENVELOPE_HEADER_SIZE + 17,
                   CG_ENVELOPE_HEADER_SIZE + 18, first_chunk_end - 1, first_chunk_end,
                   first_chunk_end + 1, first_chunk_end + CG_ENVELOPE_CHUNK_SIZE + 17,
                   length - 17, length - 1 };

  for (gsize cut = 0; cut < length; cut += 1024)
    g_array_append_val (cuts, cut);
  g_array_append_vals (cuts, more, G_N_ELEMENTS (more));

  for (guint i = 0; i < cuts->len; i++)
    {
      gsize cut = g_array_index (cuts, gsize, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) plain = cg_envelope_open_with_key (key, data, cut, &error);

      g_assert_null (plain);
      g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_DAMAGED);
    }

  /* at a chunk's end exactly, the missing end is named */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) plain = cg_envelope_open_with_key (key, data, first_chunk_end, &error);

    g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_DAMAGED);
    g_assert_cmpstr (error->message, ==, "it is cut short: its end is missing");
  }
  /* and with the passphrase, the same */
  assert_open (data, length - 1, PASSPHRASE, CG_IO_ERROR_DAMAGED, NULL, 0);
  assert_open (data, length, PASSPHRASE, 0, text, text_length);
}

/* Something added after the FINAL chunk is refused too. */
static void
test_trailing_bytes (void)
{
  g_autoptr(CgEnvelopeKey) key = make_key (PASSPHRASE);
  g_autoptr(GBytes) sealed = seal_text (key, NOTE, strlen (NOTE));
  g_autoptr(GByteArray) longer = g_byte_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) plain = NULL;

  g_byte_array_append (longer, g_bytes_get_data (sealed, NULL), g_bytes_get_size (sealed));
  g_byte_array_append (longer, (const guint8 *) "more", 4);
  plain = cg_envelope_open_with_key (key, longer->data, longer->len, &error);
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_DAMAGED);
  g_assert_null (plain);
}

/* Writes a header's checksum again, as someone who changed it on purpose would. */
static void
forge_checksum (guint8 *data)
{
  crypto_generichash (data + 64, 16, data, 64, NULL, 0);
}

/* Every single flipped bit in the header, the key check and each chunk is refused. */
static void
test_flipped_bits (void)
{
  g_autoptr(CgEnvelopeKey) key = make_key (PASSPHRASE);
  gsize text_length = 3 * CG_ENVELOPE_CHUNK_SIZE + 100;
  g_autofree char *text = make_text (text_length);
  g_autoptr(GBytes) sealed = seal_text (key, text, text_length);
  gsize length = g_bytes_get_size (sealed);
  g_autofree guint8 *copy = g_memdup2 (g_bytes_get_data (sealed, NULL), length);

  /* the header: its checksum tells the damage (or a newer version, for the version byte) */
  for (guint bit = 0; bit < CG_ENVELOPE_HEADER_SIZE * 8; bit++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) plain = NULL;

      copy[bit / 8] ^= 1 << (bit % 8);
      plain = cg_envelope_open (PASSPHRASE, -1, copy, length, NULL, &error);
      copy[bit / 8] ^= 1 << (bit % 8);

      g_assert_null (plain);
      g_assert_nonnull (error);
      g_assert_true (error->domain == CG_IO_ERROR);
      if (bit / 8 == 4 && error->code == CG_IO_ERROR_VERSION)
        continue;
      g_assert_cmpint (error->code, ==, CG_IO_ERROR_DAMAGED);
      if (bit / 8 >= 5)
        g_assert_cmpstr (error->message, ==, "it is damaged: its header has been changed");
    }

  /* the salt and stream header changed with a checksum to match: the key or the chunks'
   * additional data no longer fit */
  for (guint byte = 7; byte < 64; byte += 1)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) plain = NULL;
      guint8 saved[80];

      /* (the cost, changed a little: 3 passes, 3 MiB; more would be refused as too costly) */
      if ((byte > 8 && byte < 18) || (byte > 18 && byte < 24))
        continue;
      memcpy (saved, copy, sizeof saved);
      copy[byte] ^= byte == 7 ? 0x01 : byte == 8 ? 0x02 : byte == 18 ? 0x20 : 0x40;
      forge_checksum (copy);
      plain = cg_envelope_open (PASSPHRASE, -1, copy, length, NULL, &error);
      memcpy (copy, saved, sizeof saved);

      g_assert_null (plain);
      g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_WRONG_PASSPHRASE);
    }

  /* the key check: indistinguishable from a wrong passphrase, and refused as one */
  for (gsize at = CG_ENVELOPE_HEADER_SIZE; at < CG_ENVELOPE_HEADER_SIZE + 17; at++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) plain = NULL;

      copy[at] ^= 0x10;
      plain = cg_envelope_open_with_key (key, copy, length, &error);
      copy[at] ^= 0x10;
      g_assert_null (plain);
      g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_WRONG_PASSPHRASE);
    }

  /* each chunk, at its start, middle, tag and end */
  for (gsize start = CG_ENVELOPE_HEADER_SIZE + 17; start < length;
       start += CG_ENVELOPE_CHUNK_SIZE + 17)
    {
      gsize end = MIN (length, start + CG_ENVELOPE_CHUNK_SIZE + 17);
      gsize places[] = { start, start + 1, (start + end) / 2, end - 17, end - 1 };

      for (guint i = 0; i < G_N_ELEMENTS (places); i++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GBytes) plain = NULL;

          copy[places[i]] ^= 0x01;
          plain = cg_envelope_open_with_key (key, copy, length, &error);
          copy[places[i]] ^= 0x01;
          g_assert_null (plain);
          g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_DAMAGED);
          g_assert_nonnull (strstr (error->message, "damaged or cut short"));
        }
    }

  /* and put back, it opens */
  assert_open (copy, length, PASSPHRASE, 0, text, text_length);
}

/* Two chunks swapped, or one dropped from the middle: refused (the stream's order is
 * authenticated). */
static void
test_reordered_chunks (void)
{
  g_autoptr(CgEnvelopeKey) key = make_key (PASSPHRASE);
  gsize text_length = 3 * CG_ENVELOPE_CHUNK_SIZE;
  g_autofree char *text = make_text (text_length);
  g_autoptr(GBytes) sealed = seal_text (key, text, text_length);
  gsize length = g_bytes_get_size (sealed);
  const guint8 *data = g_bytes_get_data (sealed, NULL);
  g_autofree guint8 *copy = g_memdup2 (data, length);
  gsize chunk = CG_ENVELOPE_CHUNK_SIZE + 17;
  gsize first = CG_ENVELOPE_HEADER_SIZE + 17;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) plain = NULL;

  memcpy (copy + first, data + first + chunk, chunk);
  memcpy (copy + first + chunk, data + first, chunk);
  plain = cg_envelope_open_with_key (key, copy, length, &error);
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_DAMAGED);
  g_assert_null (plain);
  g_clear_error (&error);

  memcpy (copy, data, first + chunk);
  memcpy (copy + first + chunk, data + first + 2 * chunk, length - first - 2 * chunk);
  plain = cg_envelope_open_with_key (key, copy, length - chunk, &error);
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_DAMAGED);
  g_assert_null (plain);
}

/* Costs a hostile header might ask for are refused at once, before any Argon2id. */
static void
test_hostile_cost (void)
{
  g_autoptr(CgEnvelopeKey) key = make_key (PASSPHRASE);
  g_autoptr(GBytes) sealed = seal_text (key, NOTE, strlen (NOTE));
  gsize length = g_bytes_get_size (sealed);
  g_autofree guint8 *copy = g_memdup2 (g_bytes_get_data (sealed, NULL), length);
  struct { guint64 ops; guint64 mem; } costs[] = {
    { G_GUINT64_CONSTANT (1) << 40, TEST_MEMLIMIT },
    { G_MAXUINT64, G_MAXUINT64 },
    { 1, G_GUINT64_CONSTANT (1) << 40 },
    { CG_ENVELOPE_MAX_OPSLIMIT + 1, TEST_MEMLIMIT },
    { 1, (guint64) CG_ENVELOPE_MAX_MEMLIMIT + 1 },
    { CG_ENVELOPE_MAX_OPSLIMIT, CG_ENVELOPE_MAX_MEMLIMIT },  /* each allowed, not both */
    { 4 * CG_ENVELOPE_OPSLIMIT + 1, CG_ENVELOPE_MEMLIMIT },   /* over four times the cost */
  };

  for (guint i = 0; i < G_N_ELEMENTS (costs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) plain = NULL;
      gint64 start = g_get_monotonic_time ();

      for (guint b = 0; b < 8; b++)
        {
          copy[8 + b] = (guint8) (costs[i].ops >> (8 * b));
          copy[16 + b] = (guint8) (costs[i].mem >> (8 * b));
        }
      forge_checksum (copy);
      plain = cg_envelope_open (PASSPHRASE, -1, copy, length, NULL, &error);
      g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_LIMIT);
      g_assert_null (plain);
      g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 10);
    }

  /* below what Argon2id can do: not valid */
  for (guint b = 0; b < 8; b++)
    {
      copy[8 + b] = 0;
      copy[16 + b] = 0;
    }
  copy[8] = 1;
  copy[17] = 1;  /* 256 bytes */
  forge_checksum (copy);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) plain = cg_envelope_open (PASSPHRASE, -1, copy, length, NULL, &error);

    g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_DAMAGED);
    g_assert_null (plain);
  }
}

/* Newer versions, unknown methods, impossible chunk sizes, a header too short, a file too
 * large: each refused with its own reason. */
static void
test_hostile_header (void)
{
  g_autoptr(CgEnvelopeKey) key = make_key (PASSPHRASE);
  g_autoptr(GBytes) sealed = seal_text (key, NOTE, strlen (NOTE));
  gsize length = g_bytes_get_size (sealed);
  g_autofree guint8 *copy = g_memdup2 (g_bytes_get_data (sealed, NULL), length);
  struct { guint offset; guint8 value; int code; } cases[] = {
    { 4, 2, CG_IO_ERROR_VERSION },
    { 4, 0, CG_IO_ERROR_DAMAGED },
    { 5, 2, CG_IO_ERROR_VERSION },
    { 6, 7, CG_IO_ERROR_VERSION },
    { 7, 11, CG_IO_ERROR_DAMAGED },
    { 7, 25, CG_IO_ERROR_DAMAGED },
    { 7, 255, CG_IO_ERROR_DAMAGED },
  };
  g_autofree guint8 *huge = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) plain = NULL;
      guint8 saved = copy[cases[i].offset];

      copy[cases[i].offset] = cases[i].value;
      forge_checksum (copy);
      plain = cg_envelope_open (PASSPHRASE, -1, copy, length, NULL, &error);
      copy[cases[i].offset] = saved;
      g_assert_error (error, CG_IO_ERROR, cases[i].code);
      g_assert_null (plain);
    }
  forge_checksum (copy);

  /* over the size a reader takes in: refused from its length alone */
  huge = g_malloc0 (CG_ENVELOPE_MAX_SIZE + 1);
  memcpy (huge, copy, length);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) plain = cg_envelope_open (PASSPHRASE, -1, huge, CG_ENVELOPE_MAX_SIZE + 1,
                                                NULL, &error);

    g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_LIMIT);
    g_assert_null (plain);
  }
}

/* A plain file is no envelope; an envelope-looking file of garbage is damaged. */
static void
test_not_an_envelope (void)
{
  g_autofree char *sample_path = cg_test_data_path ("sample.cgw");
  g_autofree char *xml = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  gsize length;
  const char garbage[] = "CGWE\x01\x01\x01\x10 this was never sealed by anyone, just typed "
                         "to look like the start of a protected workshop file......";

  g_assert_true (g_file_get_contents (sample_path, &xml, &length, NULL));
  g_assert_false (cg_envelope_is_envelope (xml, length));
  plain = cg_envelope_open (PASSPHRASE, -1, xml, length, NULL, &error);
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_DAMAGED);
  g_assert_null (plain);
  g_clear_error (&error);

  plain = cg_envelope_open (PASSPHRASE, -1, garbage, sizeof garbage - 1, NULL, &error);
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_DAMAGED);
  g_assert_null (plain);
  g_clear_error (&error);

  /* the loader opens a plain file as plain, passphrase or not, and says it is not protected */
  workshop = cg_workshop_load_protected_from_data (xml, length, "sample.cgw", PASSPHRASE, -1,
                                                   NULL, &error);
  g_assert_no_error (error);
  g_assert_false (cg_workshop_is_protected (workshop));
  g_clear_object (&workshop);

  workshop = cg_workshop_load_protected_from_data (garbage, sizeof garbage - 1, "fake.cgw",
                                                   PASSPHRASE, -1, NULL, &error);
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_DAMAGED);
  g_assert_true (g_str_has_prefix (error->message, "fake.cgw: "));
  g_assert_null (workshop);
}

/* An envelope around a hostile file: opened, then refused by the reader with the very message
 * the plain file gets. */
static void
test_hostile_inside (void)
{
  const char *names[] = { "billion-laughs.cgw", "external-dtd.cgw", "binary-garbage.cgw",
                          "truncated.cgw", "deep-nesting.cgw" };
  g_autoptr(CgEnvelopeKey) key = make_key (PASSPHRASE);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = g_build_filename ("bad", names[i], NULL);
      g_autofree char *path = cg_test_data_path (name);
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) sealed = NULL;
      g_autoptr(GError) plain_error = NULL;
      g_autoptr(GError) sealed_error = NULL;
      g_autoptr(CgWorkshop) plain_workshop = NULL;
      g_autoptr(CgWorkshop) sealed_workshop = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      sealed = seal_text (key, contents, length);
      plain_workshop = cg_workshop_load_from_data (contents, length, names[i], &plain_error);
      sealed_workshop = cg_workshop_load_protected_from_data (g_bytes_get_data (sealed, NULL),
                                                              g_bytes_get_size (sealed),
                                                              names[i], PASSPHRASE, -1, NULL,
                                                              &sealed_error);
      g_assert_null (plain_workshop);
      g_assert_null (sealed_workshop);
      g_assert_nonnull (plain_error);
      g_assert_error (sealed_error, plain_error->domain, plain_error->code);
      g_assert_cmpstr (sealed_error->message, ==, plain_error->message);
    }
}

/* An envelope inside an envelope is not a workshop. */
static void
test_envelope_inside (void)
{
  g_autoptr(CgEnvelopeKey) key = make_key (PASSPHRASE);
  g_autoptr(GBytes) inner = seal_text (key, NOTE, strlen (NOTE));
  g_autoptr(GBytes) outer = seal_text (key, g_bytes_get_data (inner, NULL),
                                       g_bytes_get_size (inner));
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;

  workshop = cg_workshop_load_protected_from_data (g_bytes_get_data (outer, NULL),
                                                   g_bytes_get_size (outer), "twice.cgw",
                                                   PASSPHRASE, -1, NULL, &error);
  g_assert_null (workshop);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "twice.cgw"));
}

static void
key_ready_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  GAsyncResult **out = data;

  *out = g_object_ref (result);
}

/* The real default cost, in the background: the key fits what it seals, and is close to the
 * half second it is meant to cost (here at most a few seconds, on a busy machine). */
static void
test_default_cost (void)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(CgEnvelopeKey) key = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) sealed = NULL;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  cg_envelope_key_new_async (PASSPHRASE, -1, NULL, key_ready_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  key = cg_envelope_key_new_finish (result, &error);
  g_assert_no_error (error);
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_test_message ("Argon2id at the default cost: %.2f s", seconds);
  g_assert_cmpfloat (seconds, <, 5.0);
  g_assert_cmpuint (cg_envelope_key_get_opslimit (key), ==, CG_ENVELOPE_OPSLIMIT);
  g_assert_cmpuint (cg_envelope_key_get_memlimit (key), ==, CG_ENVELOPE_MEMLIMIT);

  sealed = seal_text (key, NOTE, strlen (NOTE));
  g_assert_true (cg_envelope_key_fits (key, g_bytes_get_data (sealed, NULL),
                                       g_bytes_get_size (sealed)));
}

/* Saving and loading protected workshops */

typedef struct
{
  char          *dir;
  char          *path;  /* dir/session-3.cgw */
  GFile         *file;
  CgWorkshop    *workshop;
  CgEnvelopeKey *key;
} Fixture;

static CgWorkshop *
make_workshop (void)
{
  CgWorkshop *workshop = cg_workshop_new (TITLE);
  CgEvent *event = cg_workshop_add_new_event (workshop, NULL);
  CgIdea *secret = cg_idea_new (NOTE);

  cg_idea_set_event (secret, event);
  cg_idea_set_private (secret, TRUE);
  cg_workshop_add (workshop, secret);
  g_object_unref (secret);
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *text = g_strdup_printf ("A call back the same day, every day (%u)", i);
      CgIdea *idea = cg_idea_new (text);

      cg_idea_set_event (idea, event);
      cg_workshop_add (workshop, idea);
      g_object_unref (idea);
    }
  cg_history_clear (cg_workshop_get_history (workshop));
  return workshop;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("cg-test-envelope-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "session-3.cgw", NULL);
  f->file = g_file_new_for_path (f->path);
  f->workshop = make_workshop ();
  f->key = make_key (PASSPHRASE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  cg_test_remove_tree (f->dir);
  g_unsetenv ("CG_OUTPUT_NAMED_TEMP");
  cg_envelope_key_unref (f->key);
  g_object_unref (f->workshop);
  g_object_unref (f->file);
  g_free (f->path);
  g_free (f->dir);
}

/* Does any file under @dir hold @text, or any 8 bytes in a row of it? Every file counts:
 * workshop, backup, autosaved copy, sidecar, leftover temporary files. */
static gboolean
folder_holds (const char *dir,
              const char *text)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;
  gsize text_length = strlen (text);

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          if (folder_holds (path, text))
            return TRUE;
          continue;
        }
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      for (gsize i = 0; i + 8 <= text_length; i++)
        if (memmem (contents, length, text + i, 8) != NULL)
          return TRUE;
    }
  return FALSE;
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (folder) != NULL)
    n++;
  return n;
}

static void
assert_file_is_envelope (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (cg_envelope_is_envelope (contents, length));
}

/* Saved twice (so with a backup) and autosaved: not a word of the title or the private note
 * in any file in the folder; and the workshop comes back whole with the passphrase. */
static void
test_save_load (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *autosave_dir = g_build_filename (f->dir, "autosave", NULL);
  g_autofree char *backup = g_strconcat (f->path, "~", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *reloaded_text = NULL;
  g_autoptr(CgAutosave) autosave = NULL;
  g_autoptr(CgWorkshop) reloaded = NULL;
  g_autoptr(CgWorkshop) by_key = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgIdea) added = cg_idea_new ("Peer workers at the first meeting");

  cg_workshop_set_key (f->workshop, f->key);
  g_assert_true (cg_workshop_is_protected (f->workshop));
  g_assert_true (cg_history_get_modified (cg_workshop_get_history (f->workshop)));

  g_assert_true (cg_workshop_save (f->workshop, f->file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (cg_history_get_modified (cg_workshop_get_history (f->workshop)));

  autosave = cg_autosave_new (f->workshop, f->file, autosave_dir, 3600);
  cg_workshop_add (f->workshop, added);
  g_assert_true (cg_autosave_flush (autosave, &error));
  g_assert_no_error (error);
  g_assert_true (cg_workshop_save (f->workshop, f->file, NULL, &error));
  g_assert_no_error (error);

  /* the workshop, its backup, the autosaved copy and its sidecar */
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_files (autosave_dir), ==, 2);
  assert_file_is_envelope (f->path);
  assert_file_is_envelope (backup);
  g_assert_false (folder_holds (f->dir, NOTE));
  g_assert_false (folder_holds (f->dir, TITLE));
  g_assert_false (folder_holds (f->dir, "Peer workers at the first meeting"));
  /* (and the search would see them: the control) */
  g_assert_true (folder_holds (f->dir, "session-3.cgw"));

  expected = cg_test_save_to_string (f->workshop);
  reloaded = cg_workshop_load_protected (f->file, PASSPHRASE, -1, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (cg_workshop_is_protected (reloaded));
  reloaded_text = cg_test_save_to_string (reloaded);
  g_assert_cmpstr (reloaded_text, ==, expected);

  /* the backup opens with the workshop's key alone, as a fallback would open it */
  {
    g_autoptr(GFile) backup_file = g_file_new_for_path (backup);

    by_key = cg_workshop_load_protected (backup_file, NULL, 0, cg_workshop_get_key (reloaded),
                                         NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (by_key);
  }

  /* the reloaded workshop saves protected again, with no passphrase asked */
  g_assert_true (cg_workshop_save (reloaded, f->file, NULL, &error));
  g_assert_no_error (error);
  assert_file_is_envelope (f->path);
  g_assert_false (folder_holds (f->dir, NOTE));

  cg_autosave_discard (autosave);
}

/* Without a passphrase, or with a wrong one, nothing is opened, and the messages say so. */
static void
test_load_refused (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CgWorkshop *workshop;

  cg_workshop_set_key (f->workshop, f->key);
  g_assert_true (cg_workshop_save (f->workshop, f->file, NULL, &error));

  workshop = cg_workshop_load (f->file, NULL, &error);
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_NEEDS_PASSPHRASE);
  g_assert_cmpstr (error->message, ==,
                   "Could not open “session-3.cgw”: it is protected with a passphrase");
  g_assert_null (workshop);
  g_clear_error (&error);

  workshop = cg_workshop_load_protected (f->file, "not it", -1, NULL, NULL, &error);
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_WRONG_PASSPHRASE);
  g_assert_cmpstr (error->message, ==, "Could not open “session-3.cgw”: the passphrase is wrong");
  g_assert_null (workshop);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  GAsyncResult **out = data;

  *out = g_object_ref (result);
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  GAsyncResult **out = data;

  *out = g_object_ref (result);
}

/* The window's way: save and open in the background. */
static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GAsyncResult) saved = NULL;
  g_autoptr(GAsyncResult) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  char passphrase[] = PASSPHRASE;

  cg_workshop_set_key (f->workshop, f->key);
  cg_workshop_save_async (f->workshop, f->file, NULL, saved_cb, &saved);
  while (saved == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (cg_workshop_save_finish (f->workshop, saved, &error));
  g_assert_no_error (error);
  assert_file_is_envelope (f->path);
  g_assert_false (folder_holds (f->dir, NOTE));

  /* the caller's buffer may be wiped at once: the task keeps its own copy */
  cg_workshop_load_protected_async (f->file, passphrase, -1, NULL, NULL, loaded_cb, &loaded);
  memset (passphrase, 0, sizeof passphrase);
  while (loaded == NULL)
    g_main_context_iteration (NULL, TRUE);
  workshop = cg_workshop_load_finish (loaded, &error);
  g_assert_no_error (error);
  g_assert_true (cg_workshop_is_protected (workshop));
  g_assert_cmpstr (cg_workshop_get_title (workshop), ==, TITLE);
}

/* Protecting a workshop whose file was plain: the plain backup does not stay beside it. */
static void
test_protect_plain_file (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *backup = g_strconcat (f->path, "~", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) plain = NULL;

  /* two plain saves: a plain file and a plain backup */
  g_assert_true (cg_workshop_save (f->workshop, f->file, NULL, &error));
  g_assert_true (cg_workshop_save (f->workshop, f->file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_true (folder_holds (f->dir, NOTE));

  cg_workshop_set_key (f->workshop, f->key);
  g_assert_true (cg_workshop_save (f->workshop, f->file, NULL, &error));
  g_assert_no_error (error);
  assert_file_is_envelope (f->path);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_false (folder_holds (f->dir, NOTE));
  g_assert_false (folder_holds (f->dir, TITLE));

  /* the next protected save keeps the protected version as the backup */
  g_assert_true (cg_workshop_save (f->workshop, f->file, NULL, &error));
  assert_file_is_envelope (backup);

  /* removing protection: plain again, and the envelope is the backup */
  cg_workshop_set_key (f->workshop, NULL);
  g_assert_false (cg_workshop_is_protected (f->workshop));
  g_assert_true (cg_workshop_save (f->workshop, f->file, NULL, &error));
  g_assert_no_error (error);
  plain = cg_workshop_load (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (cg_workshop_is_protected (plain));
  assert_file_is_envelope (backup);
}

/* Saves in a child that the kernel stops (SIGXFSZ) once its file passes 4 KiB, with named
 * temporary files: what it leaves is a temporary file cut short. */
static void
save_killed_half_way (CgWorkshop *workshop,
                      GFile      *file)
{
  pid_t pid = fork ();
  int status;

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      struct rlimit limit = { 4096, 4096 };

      signal (SIGXFSZ, SIG_DFL);
      setrlimit (RLIMIT_FSIZE, &limit);
      cg_workshop_save (workshop, file, NULL, NULL);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGXFSZ);
}

/* A save killed half way leaves a temporary file: protected, it holds no words either. The
 * same with a plain workshop holds them, which shows the search would find them. */
static void
test_temporary_files (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GDir) folder = NULL;
  const char *name;
  guint n_temps = 0;

  g_setenv ("CG_OUTPUT_NAMED_TEMP", "1", TRUE);

  save_killed_half_way (f->workshop, f->file);
  g_assert_true (folder_holds (f->dir, TITLE));
  cg_test_remove_tree (f->dir);
  g_assert_cmpint (g_mkdir (f->dir, 0700), ==, 0);

  cg_workshop_set_key (f->workshop, f->key);
  save_killed_half_way (f->workshop, f->file);
  folder = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_assert_true (g_str_has_suffix (name, ".part"));
      assert_file_is_envelope (path);
      n_temps++;
    }
  g_assert_cmpuint (n_temps, ==, 1);
  g_assert_false (folder_holds (f->dir, TITLE));
  g_assert_false (folder_holds (f->dir, NOTE));
}

/* The autosaved copy of a protected workshop, and its sidecar: no title, no words; the copy
 * opens with the workshop's key. Changing the protection rewrites the copy at once. */
static void
test_autosave (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *autosave_dir = g_build_filename (f->dir, "autosave", NULL);
  g_autoptr(CgAutosave) autosave = cg_autosave_new (f->workshop, NULL, autosave_dir, 3600);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(CgIdea) idea = cg_idea_new ("Transport to the meeting paid in advance");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) copy = NULL;
  CgRecoverable *item;

  /* a plain copy first, then the workshop is protected */
  cg_workshop_add (f->workshop, idea);
  g_assert_true (cg_autosave_flush (autosave, &error));
  g_assert_true (folder_holds (autosave_dir, NOTE));
  g_assert_true (folder_holds (autosave_dir, TITLE));

  cg_workshop_set_key (f->workshop, f->key);
  g_assert_true (cg_autosave_rewrite (autosave, &error));
  g_assert_no_error (error);
  g_assert_false (folder_holds (autosave_dir, NOTE));
  g_assert_false (folder_holds (autosave_dir, TITLE));
  g_assert_false (folder_holds (autosave_dir, "Transport to the meeting"));

  items = cg_autosave_list_recoverable (autosave_dir);
  g_assert_cmpuint (items->len, ==, 1);
  item = g_ptr_array_index (items, 0);
  g_assert_cmpstr (item->title, ==, "Protected workshop");
  {
    g_autoptr(GFile) copy_file = g_file_new_for_path (item->path);

    copy = cg_workshop_load_protected (copy_file, NULL, 0, f->key, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (cg_workshop_get_title (copy), ==, TITLE);
  }
  cg_autosave_discard (autosave);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/envelope/round-trip", test_round_trip);
  g_test_add_func ("/envelope/header-is-plain", test_header_is_plain);
  g_test_add_func ("/envelope/wrong-passphrase", test_wrong_passphrase);
  g_test_add_func ("/envelope/passphrase-normalised", test_passphrase_normalised);
  g_test_add_func ("/envelope/truncated", test_truncated);
  g_test_add_func ("/envelope/trailing-bytes", test_trailing_bytes);
  g_test_add_func ("/envelope/flipped-bits", test_flipped_bits);
  g_test_add_func ("/envelope/reordered-chunks", test_reordered_chunks);
  g_test_add_func ("/envelope/hostile-cost", test_hostile_cost);
  g_test_add_func ("/envelope/hostile-header", test_hostile_header);
  g_test_add_func ("/envelope/not-an-envelope", test_not_an_envelope);
  g_test_add_func ("/envelope/hostile-inside", test_hostile_inside);
  g_test_add_func ("/envelope/envelope-inside", test_envelope_inside);
  g_test_add_func ("/envelope/default-cost", test_default_cost);

  g_test_add ("/protect/save-load", Fixture, NULL, fixture_set_up, test_save_load,
              fixture_tear_down);
  g_test_add ("/protect/load-refused", Fixture, NULL, fixture_set_up, test_load_refused,
              fixture_tear_down);
  g_test_add ("/protect/async", Fixture, NULL, fixture_set_up, test_async, fixture_tear_down);
  g_test_add ("/protect/plain-file", Fixture, NULL, fixture_set_up, test_protect_plain_file,
              fixture_tear_down);
  g_test_add ("/protect/temporary-files", Fixture, NULL, fixture_set_up, test_temporary_files,
              fixture_tear_down);
  g_test_add ("/protect/autosave", Fixture, NULL, fixture_set_up, test_autosave,
              fixture_tear_down);

  return g_test_run ();
}

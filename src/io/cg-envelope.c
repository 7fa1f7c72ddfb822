/* cg-envelope.c: sealing a workshop file's bytes with a passphrase, and opening them again
 *
 * An envelope is a short plain header (see cgw-format.md, "Protected workshops") and then the
 * file's bytes in secretstream chunks. The header is the additional data of every chunk, so
 * changing any byte of it makes every chunk fail; the first chunk is empty and only tells a
 * wrong passphrase from a damaged file; the last data chunk carries the FINAL tag, so an
 * envelope cut short at any point is refused. Nothing is handed back until every chunk has
 * been checked. Keys, stream states and plain text live in memory from sodium_malloc () (locked
 * where the system allows, wiped when freed) or are wiped with sodium_memzero ().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <string.h>

#include <sodium.h>

#include <glib/gi18n-lib.h>

#include "io/cg-envelope.h"
#include "io/cg-io.h"

#define KDF_ARGON2ID13 1
#define CIPHER_SECRETSTREAM_XCHACHA20POLY1305 1

#define SALT_SIZE crypto_pwhash_argon2id_SALTBYTES
#define KEY_SIZE crypto_secretstream_xchacha20poly1305_KEYBYTES
#define STREAM_HEADER_SIZE crypto_secretstream_xchacha20poly1305_HEADERBYTES
#define TAG_SIZE crypto_secretstream_xchacha20poly1305_ABYTES
#define CHECK_SIZE 16

#define TAG_MESSAGE crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
#define TAG_FINAL crypto_secretstream_xchacha20poly1305_TAG_FINAL

#define CHUNK_SHIFT 16
#define MIN_CHUNK_SHIFT 12
#define MAX_CHUNK_SHIFT 24

/* Where each field of the header is (all numbers little-endian). */
enum
{
  OFFSET_MAGIC = 0,
  OFFSET_VERSION = 4,
  OFFSET_KDF = 5,
  OFFSET_CIPHER = 6,
  OFFSET_CHUNK_SHIFT = 7,
  OFFSET_OPSLIMIT = 8,
  OFFSET_MEMLIMIT = 16,
  OFFSET_SALT = 24,
  OFFSET_STREAM = OFFSET_SALT + SALT_SIZE,
  OFFSET_CHECK = OFFSET_STREAM + STREAM_HEADER_SIZE,
};

G_STATIC_ASSERT (OFFSET_CHECK + CHECK_SIZE == CG_ENVELOPE_HEADER_SIZE);
G_STATIC_ASSERT (1 << CHUNK_SHIFT == CG_ENVELOPE_CHUNK_SIZE);
G_STATIC_ASSERT (CHECK_SIZE >= crypto_generichash_BYTES_MIN);
/* The largest workshop, sealed in the smallest chunks a reader accepts, still fits. */
G_STATIC_ASSERT ((guint64) CG_ENVELOPE_MAX_SIZE >=
                 (guint64) CG_FILE_MAX_SIZE + CG_ENVELOPE_HEADER_SIZE +
                 (2 + (CG_FILE_MAX_SIZE >> MIN_CHUNK_SHIFT)) * (guint64) TAG_SIZE);

struct _CgEnvelopeKey
{
  gint    ref_count;
  guint64 opslimit;
  guint64 memlimit;
  guint8  salt[SALT_SIZE];
  guint8  key[KEY_SIZE];
};

/* A header read from a file, pointing into it. */
typedef struct
{
  guint         chunk_size;
  guint64       opslimit;
  guint64       memlimit;
  const guint8 *salt;
  const guint8 *stream_header;
  const guint8 *bytes;  /* all of it: the additional data of every chunk */
} Header;

static void
ensure_sodium (void)
{
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      /* It only fails when the system has no source of random numbers at all. */
      if (sodium_init () < 0)
        g_error ("libsodium could not start: no source of random numbers");
      g_once_init_leave (&ready, 1);
    }
}

/* sodium_malloc (), or abort as g_malloc () does: memory is not something to recover from. */
static gpointer
secure_alloc (gsize size)
{
  gpointer memory;

  ensure_sodium ();  /* (sodium_malloc () needs the page size sodium_init () finds) */
  memory = sodium_malloc (size);

  if (memory == NULL)
    g_error ("could not allocate %" G_GSIZE_FORMAT " bytes of locked memory", size);
  return memory;
}

static void
secure_free (gpointer memory)
{
  sodium_free (memory);
}

static void
store_uint64 (guint8  *where,
              guint64  value)
{
  for (guint i = 0; i < 8; i++)
    where[i] = (guint8) (value >> (8 * i));
}

static guint64
load_uint64 (const guint8 *where)
{
  guint64 value = 0;

  for (guint i = 0; i < 8; i++)
    value |= (guint64) where[i] << (8 * i);
  return value;
}

static gboolean
fail (GError    **error,
      CgIoError   code,
      const char *message)
{
  g_set_error_literal (error, CG_IO_ERROR, code, message);
  return FALSE;
}

/* Secrets */

char *
cg_envelope_secret_dup (const char *data,
                        gssize      length,
                        gsize      *length_out)
{
  char *secret;
  gsize size;

  g_return_val_if_fail (data != NULL || length <= 0, NULL);

  ensure_sodium ();
  size = length < 0 ? strlen (data) : (gsize) length;
  secret = secure_alloc (size + 1);
  if (size > 0)
    memcpy (secret, data, size);
  secret[size] = '\0';
  if (length_out != NULL)
    *length_out = size;
  return secret;
}

void
cg_envelope_secret_free (char *secret)
{
  if (secret != NULL)
    secure_free (secret);
}

/* Keys */

static CgEnvelopeKey *
key_alloc (guint64       opslimit,
           guint64       memlimit,
           const guint8 *salt)
{
  /* (a multiple of 16 bytes, so sodium_malloc () gives an aligned address) */
  CgEnvelopeKey *key = secure_alloc ((sizeof (CgEnvelopeKey) + 15) & ~(gsize) 15);

  key->ref_count = 1;
  key->opslimit = opslimit;
  key->memlimit = memlimit;
  memcpy (key->salt, salt, SALT_SIZE);
  sodium_memzero (key->key, KEY_SIZE);
  return key;
}

CgEnvelopeKey *
cg_envelope_key_ref (CgEnvelopeKey *key)
{
  g_return_val_if_fail (key != NULL, NULL);

  g_atomic_int_inc (&key->ref_count);
  return key;
}

void
cg_envelope_key_unref (CgEnvelopeKey *key)
{
  g_return_if_fail (key != NULL);

  if (g_atomic_int_dec_and_test (&key->ref_count))
    secure_free (key);  /* (sodium_free () wipes it first) */
}

guint64
cg_envelope_key_get_opslimit (CgEnvelopeKey *key)
{
  g_return_val_if_fail (key != NULL, 0);

  return key->opslimit;
}

gsize
cg_envelope_key_get_memlimit (CgEnvelopeKey *key)
{
  g_return_val_if_fail (key != NULL, 0);

  return (gsize) key->memlimit;
}

/* @passphrase in Unicode's composed form (NFC), in locked memory; NULL and @error for an empty
 * one or one that is not UTF-8. Free with secure_free (). */
static char *
dup_normalized (const char *passphrase,
                gssize      length,
                gsize      *normalized_length,
                GError    **error)
{
  char *normalized;
  char *secure;
  gsize size;

  if (length < 0)
    length = (gssize) strlen (passphrase);
  if (length == 0)
    {
      fail (error, CG_IO_ERROR_WRONG_PASSPHRASE, _("the passphrase is empty"));
      return NULL;
    }
  if (!g_utf8_validate_len (passphrase, (gsize) length, NULL))
    {
      fail (error, CG_IO_ERROR_WRONG_PASSPHRASE,
            _("the passphrase is not valid text (UTF-8), or holds a NUL character"));
      return NULL;
    }

  normalized = g_utf8_normalize (passphrase, length, G_NORMALIZE_NFC);
  size = strlen (normalized);
  secure = secure_alloc (size + 1);
  memcpy (secure, normalized, size + 1);
  sodium_memzero (normalized, size);
  g_free (normalized);

  *normalized_length = size;
  return secure;
}

/* Argon2id: the key @passphrase gives with @salt and this cost. */
static CgEnvelopeKey *
derive_key (const char   *passphrase,
            gssize        length,
            const guint8 *salt,
            guint64       opslimit,
            guint64       memlimit,
            GError      **error)
{
  CgEnvelopeKey *key;
  char *normalized;
  gsize normalized_length;
  int result;

  ensure_sodium ();

  normalized = dup_normalized (passphrase, length, &normalized_length, error);
  if (normalized == NULL)
    return NULL;

  key = key_alloc (opslimit, memlimit, salt);
  result = crypto_pwhash (key->key, KEY_SIZE, normalized, normalized_length, key->salt,
                          opslimit, (size_t) memlimit, crypto_pwhash_ALG_ARGON2ID13);
  secure_free (normalized);

  if (result != 0)
    {
      cg_envelope_key_unref (key);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   _("there is not enough memory to work out the key (%u MB are needed)"),
                   (guint) (memlimit / (1024 * 1024)));
      return NULL;
    }
  return key;
}

CgEnvelopeKey *
cg_envelope_key_new_with_cost (const char *passphrase,
                               gssize      length,
                               guint64     opslimit,
                               gsize       memlimit,
                               GError    **error)
{
  guint8 salt[SALT_SIZE];

  g_return_val_if_fail (passphrase != NULL, NULL);
  g_return_val_if_fail (opslimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN &&
                        opslimit <= CG_ENVELOPE_MAX_OPSLIMIT, NULL);
  g_return_val_if_fail (memlimit >= crypto_pwhash_argon2id_MEMLIMIT_MIN &&
                        memlimit <= CG_ENVELOPE_MAX_MEMLIMIT, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ensure_sodium ();
  randombytes_buf (salt, sizeof salt);
  return derive_key (passphrase, length, salt, opslimit, memlimit, error);
}

CgEnvelopeKey *
cg_envelope_key_new (const char *passphrase,
                     gssize      length,
                     GError    **error)
{
  return cg_envelope_key_new_with_cost (passphrase, length, CG_ENVELOPE_OPSLIMIT,
                                        CG_ENVELOPE_MEMLIMIT, error);
}

gboolean
cg_envelope_key_check_passphrase (CgEnvelopeKey *key,
                                  const char    *passphrase,
                                  gssize         length)
{
  g_autoptr(CgEnvelopeKey) other = NULL;

  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (passphrase != NULL, FALSE);

  other = derive_key (passphrase, length, key->salt, key->opslimit, key->memlimit, NULL);
  return other != NULL && sodium_memcmp (other->key, key->key, KEY_SIZE) == 0;
}

/* Making a key in the background */

static void
key_thread (GTask        *task,
            gpointer      source_object,
            gpointer      data,
            GCancellable *cancellable)
{
  const char *passphrase = data;
  GError *error = NULL;
  CgEnvelopeKey *key;

  key = cg_envelope_key_new (passphrase, -1, &error);
  if (key != NULL)
    g_task_return_pointer (task, key, (GDestroyNotify) cg_envelope_key_unref);
  else
    g_task_return_error (task, error);
}

void
cg_envelope_key_new_async (const char         *passphrase,
                           gssize              length,
                           GCancellable       *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (passphrase != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cg_envelope_key_new_async);
  /* (the worker takes the copy up to its NUL: a NUL inside is refused here, as it would be) */
  if (length > 0 && memchr (passphrase, '\0', (gsize) length) != NULL)
    {
      g_task_return_new_error (task, CG_IO_ERROR, CG_IO_ERROR_WRONG_PASSPHRASE, "%s",
                               _("the passphrase is not valid text (UTF-8), or holds a NUL "
                                 "character"));
      return;
    }
  g_task_set_task_data (task, cg_envelope_secret_dup (passphrase, length, NULL),
                        (GDestroyNotify) cg_envelope_secret_free);
  g_task_run_in_thread (task, key_thread);
}

CgEnvelopeKey *
cg_envelope_key_new_finish (GAsyncResult *result,
                            GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Sealing */

gboolean
cg_envelope_is_envelope (const void *data,
                         gsize       length)
{
  return data != NULL && length >= CG_ENVELOPE_MAGIC_SIZE &&
         memcmp (data, CG_ENVELOPE_MAGIC, CG_ENVELOPE_MAGIC_SIZE) == 0;
}

GBytes *
cg_envelope_seal (CgEnvelopeKey *key,
                  const void    *data,
                  gsize          length,
                  GError       **error)
{
  static const guint8 nothing[1] = { 0 };
  crypto_secretstream_xchacha20poly1305_state state;
  const gsize chunk_size = CG_ENVELOPE_CHUNK_SIZE;
  const guint8 *plain = data != NULL ? data : nothing;
  gsize n_chunks, size;
  guint8 *envelope, *out;

  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > CG_FILE_MAX_SIZE)
    {
      fail (error, CG_IO_ERROR_LIMIT, _("it is too large to protect"));
      return NULL;
    }

  ensure_sodium ();

  /* The key check, then the data: at least one chunk, the last one FINAL. */
  n_chunks = length == 0 ? 1 : (length + chunk_size - 1) / chunk_size;
  size = CG_ENVELOPE_HEADER_SIZE + TAG_SIZE + n_chunks * TAG_SIZE + length;
  envelope = g_malloc (size);

  memcpy (envelope + OFFSET_MAGIC, CG_ENVELOPE_MAGIC, CG_ENVELOPE_MAGIC_SIZE);
  envelope[OFFSET_VERSION] = CG_ENVELOPE_VERSION;
  envelope[OFFSET_KDF] = KDF_ARGON2ID13;
  envelope[OFFSET_CIPHER] = CIPHER_SECRETSTREAM_XCHACHA20POLY1305;
  envelope[OFFSET_CHUNK_SHIFT] = CHUNK_SHIFT;
  store_uint64 (envelope + OFFSET_OPSLIMIT, key->opslimit);
  store_uint64 (envelope + OFFSET_MEMLIMIT, key->memlimit);
  memcpy (envelope + OFFSET_SALT, key->salt, SALT_SIZE);
  crypto_secretstream_xchacha20poly1305_init_push (&state, envelope + OFFSET_STREAM, key->key);
  crypto_generichash (envelope + OFFSET_CHECK, CHECK_SIZE, envelope, OFFSET_CHECK, NULL, 0);

  out = envelope + CG_ENVELOPE_HEADER_SIZE;
  crypto_secretstream_xchacha20poly1305_push (&state, out, NULL, nothing, 0,
                                              envelope, CG_ENVELOPE_HEADER_SIZE, TAG_MESSAGE);
  out += TAG_SIZE;

  for (gsize i = 0; i < n_chunks; i++)
    {
      gsize offset = i * chunk_size;
      gsize n = MIN (chunk_size, length - offset);
      guint8 tag = i + 1 == n_chunks ? TAG_FINAL : TAG_MESSAGE;

      crypto_secretstream_xchacha20poly1305_push (&state, out, NULL, plain + offset, n,
                                                  envelope, CG_ENVELOPE_HEADER_SIZE, tag);
      out += n + TAG_SIZE;
    }
  g_assert (out == envelope + size);

  sodium_memzero (&state, sizeof state);
  return g_bytes_new_take (envelope, size);
}

GBytes *
cg_envelope_seal_with_passphrase (const char *passphrase,
                                  gssize      passphrase_length,
                                  const void *data,
                                  gsize       length,
                                  GError    **error)
{
  g_autoptr(CgEnvelopeKey) key = NULL;

  g_return_val_if_fail (passphrase != NULL, NULL);

  key = cg_envelope_key_new (passphrase, passphrase_length, error);
  return key != NULL ? cg_envelope_seal (key, data, length, error) : NULL;
}

/* Opening */

/* Reads and checks the header: its own checksum first (so a damaged header is told from a
 * wrong passphrase), then that every value is one a reader may accept. */
static gboolean
read_header (const guint8 *data,
             gsize         length,
             Header       *header,
             GError      **error)
{
  guint8 check[CHECK_SIZE];
  guint chunk_shift;

  ensure_sodium ();

  if (!cg_envelope_is_envelope (data, length))
    return fail (error, CG_IO_ERROR_DAMAGED, _("it is not a protected workshop file"));
  if (length > CG_ENVELOPE_MAX_SIZE)
    {
      g_set_error (error, CG_IO_ERROR, CG_IO_ERROR_LIMIT,
                   _("it is larger than %u MB, the most Common Ground reads"),
                   (guint) (CG_ENVELOPE_MAX_SIZE / (1024 * 1024)));
      return FALSE;
    }
  if (length <= OFFSET_VERSION || data[OFFSET_VERSION] == 0)
    return fail (error, CG_IO_ERROR_DAMAGED, _("it is damaged: its header is cut short"));
  if (data[OFFSET_VERSION] > CG_ENVELOPE_VERSION)
    return fail (error, CG_IO_ERROR_VERSION,
                 _("it was protected by a newer version of Common Ground; update Common "
                   "Ground to open it"));
  if (length < CG_ENVELOPE_HEADER_SIZE)
    return fail (error, CG_IO_ERROR_DAMAGED, _("it is damaged: its header is cut short"));

  crypto_generichash (check, CHECK_SIZE, data, OFFSET_CHECK, NULL, 0);
  if (sodium_memcmp (check, data + OFFSET_CHECK, CHECK_SIZE) != 0)
    return fail (error, CG_IO_ERROR_DAMAGED,
                 _("it is damaged: its header has been changed"));

  if (data[OFFSET_KDF] != KDF_ARGON2ID13 ||
      data[OFFSET_CIPHER] != CIPHER_SECRETSTREAM_XCHACHA20POLY1305)
    return fail (error, CG_IO_ERROR_VERSION,
                 _("it is protected in a way this version of Common Ground does not know; "
                   "update Common Ground to open it"));

  chunk_shift = data[OFFSET_CHUNK_SHIFT];
  header->opslimit = load_uint64 (data + OFFSET_OPSLIMIT);
  header->memlimit = load_uint64 (data + OFFSET_MEMLIMIT);
  if (chunk_shift < MIN_CHUNK_SHIFT || chunk_shift > MAX_CHUNK_SHIFT ||
      header->opslimit < crypto_pwhash_argon2id_OPSLIMIT_MIN ||
      header->memlimit < crypto_pwhash_argon2id_MEMLIMIT_MIN)
    return fail (error, CG_IO_ERROR_DAMAGED, _("it is damaged: its header is not valid"));

  /* A hostile header must not make us spend minutes or gigabytes before the passphrase is
   * even tried. (Each bound alone also keeps the product below from overflowing.) */
  if (header->opslimit > CG_ENVELOPE_MAX_OPSLIMIT ||
      header->memlimit > CG_ENVELOPE_MAX_MEMLIMIT ||
      header->opslimit * header->memlimit > CG_ENVELOPE_MAX_COST)
    {
      g_set_error (error, CG_IO_ERROR, CG_IO_ERROR_LIMIT,
                   /* (plain %llu: a G_GUINT64_FORMAT in the middle of a message would hide it
                    * from the translators) */
                   _("unlocking it would take more memory or time than Common Ground allows "
                     "(%llu MB, %llu passes); it may have been made to slow this computer "
                     "down, or by a newer version"),
                   (unsigned long long) (header->memlimit / (1024 * 1024)),
                   (unsigned long long) header->opslimit);
      return FALSE;
    }

  header->chunk_size = 1u << chunk_shift;
  header->salt = data + OFFSET_SALT;
  header->stream_header = data + OFFSET_STREAM;
  header->bytes = data;
  return TRUE;
}

static void
free_plain (gpointer plain)
{
  secure_free (plain);
}

/* Checks and opens every chunk after the header with @key_bytes; the plain text only once all
 * of them are good. */
static GBytes *
open_chunks (const Header *header,
             const guint8 *key_bytes,
             const guint8 *data,
             gsize         length,
             GError      **error)
{
  crypto_secretstream_xchacha20poly1305_state state;
  const guint8 *in = data + CG_ENVELOPE_HEADER_SIZE;
  const guint8 *end = data + length;
  guint8 nothing[1];
  guint8 *plain = NULL;
  gsize capacity, plain_length = 0;
  unsigned long long chunk_length;
  unsigned char tag = TAG_MESSAGE;
  gboolean final = FALSE;

  if (crypto_secretstream_xchacha20poly1305_init_pull (&state, header->stream_header,
                                                       key_bytes) != 0)
    {
      fail (error, CG_IO_ERROR_DAMAGED, _("it is damaged: its header is not valid"));
      goto out;
    }

  /* At least the key check and one chunk, however short. */
  if ((gsize) (end - in) < 2 * TAG_SIZE)
    {
      fail (error, CG_IO_ERROR_DAMAGED, _("it is cut short: its end is missing"));
      goto out;
    }

  /* The key check: an empty chunk that only the right key opens. */
  if (crypto_secretstream_xchacha20poly1305_pull (&state, nothing, &chunk_length, &tag, in,
                                                  TAG_SIZE, header->bytes,
                                                  CG_ENVELOPE_HEADER_SIZE) != 0 ||
      chunk_length != 0 || tag != TAG_MESSAGE)
    {
      fail (error, CG_IO_ERROR_WRONG_PASSPHRASE, _("the passphrase is wrong"));
      goto out;
    }
  in += TAG_SIZE;

  capacity = MIN ((gsize) (end - in), (gsize) CG_FILE_MAX_SIZE);
  plain = secure_alloc (MAX (capacity, 1));

  while (in < end)
    {
      gsize n = MIN ((gsize) (end - in), (gsize) header->chunk_size + TAG_SIZE);

      if (n < TAG_SIZE)
        break;  /* cut short */
      if (plain_length + (n - TAG_SIZE) > CG_FILE_MAX_SIZE)
        {
          g_set_error (error, CG_IO_ERROR, CG_IO_ERROR_LIMIT,
                       _("it holds more than %u MB, the most Common Ground reads"),
                       (guint) (CG_FILE_MAX_SIZE / (1024 * 1024)));
          goto out;
        }
      if (crypto_secretstream_xchacha20poly1305_pull (&state, plain + plain_length,
                                                      &chunk_length, &tag, in, n,
                                                      header->bytes,
                                                      CG_ENVELOPE_HEADER_SIZE) != 0 ||
          (tag != TAG_MESSAGE && tag != TAG_FINAL))
        {
          g_set_error (error, CG_IO_ERROR, CG_IO_ERROR_DAMAGED,
                       _("it is damaged or cut short (the part from byte %lu does not "
                         "check out)"),
                       (unsigned long) (in - data));
          goto out;
        }
      plain_length += (gsize) chunk_length;
      in += n;
      if (tag == TAG_FINAL)
        {
          final = TRUE;
          break;
        }
    }

  if (!final)
    {
      fail (error, CG_IO_ERROR_DAMAGED, _("it is cut short: its end is missing"));
      goto out;
    }
  if (in != end)
    {
      fail (error, CG_IO_ERROR_DAMAGED, _("it is damaged: something follows its end"));
      goto out;
    }

  sodium_memzero (&state, sizeof state);
  return g_bytes_new_with_free_func (plain, plain_length, free_plain, plain);

out:
  sodium_memzero (&state, sizeof state);
  g_clear_pointer (&plain, secure_free);
  return NULL;
}

static gboolean
key_fits_header (CgEnvelopeKey *key,
                 const Header  *header)
{
  return key->opslimit == header->opslimit && key->memlimit == header->memlimit &&
         sodium_memcmp (key->salt, header->salt, SALT_SIZE) == 0;
}

GBytes *
cg_envelope_open (const char     *passphrase,
                  gssize          passphrase_length,
                  const void     *data,
                  gsize           length,
                  CgEnvelopeKey **key_out,
                  GError        **error)
{
  g_autoptr(CgEnvelopeKey) key = NULL;
  GBytes *plain;
  Header header;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (key_out == NULL || *key_out == NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_header (data, length, &header, error))
    return NULL;
  if (passphrase == NULL)
    {
      fail (error, CG_IO_ERROR_NEEDS_PASSPHRASE, _("it is protected with a passphrase"));
      return NULL;
    }

  key = derive_key (passphrase, passphrase_length, header.salt, header.opslimit,
                    header.memlimit, error);
  if (key == NULL)
    return NULL;

  plain = open_chunks (&header, key->key, data, length, error);
  if (plain != NULL && key_out != NULL)
    *key_out = g_steal_pointer (&key);
  return plain;
}

GBytes *
cg_envelope_open_with_key (CgEnvelopeKey *key,
                           const void    *data,
                           gsize          length,
                           GError       **error)
{
  Header header;

  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_header (data, length, &header, error))
    return NULL;
  if (!key_fits_header (key, &header))
    {
      fail (error, CG_IO_ERROR_NEEDS_PASSPHRASE, _("it is protected with a passphrase"));
      return NULL;
    }
  return open_chunks (&header, key->key, data, length, error);
}

gboolean
cg_envelope_key_fits (CgEnvelopeKey *key,
                      const void    *data,
                      gsize          length)
{
  Header header;

  g_return_val_if_fail (key != NULL, FALSE);

  return read_header (data, length, &header, NULL) && key_fits_header (key, &header);
}

void
cg_envelope_wipe_bytes (GBytes *bytes)
{
  gsize length;
  gpointer data;

  if (bytes == NULL)
    return;

  data = g_bytes_unref_to_data (bytes, &length);
  sodium_memzero (data, length);
  g_free (data);
}

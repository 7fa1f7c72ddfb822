/* cg-envelope.h: a workshop file protected with a passphrase: libsodium's Argon2id turns the
 * passphrase into a key, and its secretstream seals the file's bytes in authenticated chunks
 *
 * The format is described in cgw-format.md ("Protected workshops"). Nothing here is home-made
 * cryptography: the key comes from crypto_pwhash (Argon2id), the chunks from
 * crypto_secretstream_xchacha20poly1305, the header check from crypto_generichash.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CG_ENVELOPE_MAGIC "CGWE"
#define CG_ENVELOPE_MAGIC_SIZE 4
#define CG_ENVELOPE_VERSION 1
#define CG_ENVELOPE_HEADER_SIZE 80

/* The cost of turning a passphrase into a key, written in each file's header: three passes
 * over 256 MiB (libsodium's "moderate" level), about half a second on the machine this was
 * measured on (tests/bench/bench-envelope: 0.45 s to 0.7 s as the machine was busy). Raising
 * them later only changes new files; old ones keep theirs. */
#define CG_ENVELOPE_OPSLIMIT 3
#define CG_ENVELOPE_MEMLIMIT (256 * 1024 * 1024)

/* What a reader accepts from a header, so that a hostile file cannot make opening take
 * minutes or gigabytes: memory at most 1 GiB, passes at most 16, and their product at most
 * four times today's (about 2 s here). A newer release that raises the defaults raises these
 * with them. */
#define CG_ENVELOPE_MAX_OPSLIMIT 16
#define CG_ENVELOPE_MAX_MEMLIMIT (1024 * 1024 * 1024)
#define CG_ENVELOPE_MAX_COST (4 * (guint64) CG_ENVELOPE_OPSLIMIT * CG_ENVELOPE_MEMLIMIT)

/* Plain text per chunk, and what a reader accepts (a power of two from 4 KiB to 16 MiB). */
#define CG_ENVELOPE_CHUNK_SIZE (64 * 1024)

/* The most a reader takes in for an envelope: the largest workshop file and room for the
 * chunks' tags at the smallest chunk size. */
#define CG_ENVELOPE_MAX_SIZE (64 * 1024 * 1024 + 2 * 1024 * 1024)

/* The key a passphrase gives with one salt and cost, with the salt and cost, in memory that is
 * locked (never swapped out where the system allows it) and wiped when freed. A workshop opened
 * from or protected with a passphrase keeps one, so that each save seals again without asking
 * and without Argon2id's cost: the passphrase itself is never kept. Reference counted; safe to
 * share between threads once made. */
typedef struct _CgEnvelopeKey CgEnvelopeKey;

/* A new key for @passphrase (UTF-8, @length bytes or -1 when NUL-terminated; compared after
 * Unicode normalisation, NFC, so the same words typed anywhere give the same key) with a new
 * random salt and the default cost. Takes about half a second: call it from a worker thread
 * in the window. Fails (CG_IO_ERROR_WRONG_PASSPHRASE) for an empty passphrase or one that is
 * not UTF-8, and (G_IO_ERROR_NO_SPACE) when the memory Argon2id needs cannot be had.
 * Returns: (transfer full). */
CgEnvelopeKey *cg_envelope_key_new           (const char    *passphrase,
                                              gssize         length,
                                              GError       **error);
/* The same with another cost: for tests and benchmarks, which need keys fast.
 * Returns: (transfer full). */
CgEnvelopeKey *cg_envelope_key_new_with_cost (const char    *passphrase,
                                              gssize         length,
                                              guint64        opslimit,
                                              gsize          memlimit,
                                              GError       **error);
CgEnvelopeKey *cg_envelope_key_ref           (CgEnvelopeKey *key);  /* (transfer full) */
void           cg_envelope_key_unref         (CgEnvelopeKey *key);
/* Is @passphrase the one @key was made from? (For "Remove Protection", which asks again.)
 * Costs what making the key cost. */
gboolean       cg_envelope_key_check_passphrase (CgEnvelopeKey *key,
                                                 const char    *passphrase,
                                                 gssize         length);
guint64        cg_envelope_key_get_opslimit  (CgEnvelopeKey *key);
gsize          cg_envelope_key_get_memlimit  (CgEnvelopeKey *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgEnvelopeKey, cg_envelope_key_unref)

void cg_envelope_key_new_async  (const char         *passphrase,
                                 gssize              length,
                                 GCancellable       *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer            user_data);
/* Returns: (transfer full). */
CgEnvelopeKey *cg_envelope_key_new_finish (GAsyncResult *result,
                                           GError      **error);

/* Does @data start like an envelope (the magic alone)? */
gboolean cg_envelope_is_envelope (const void *data,
                                  gsize       length);

/* Seals @length bytes of @data with @key: a new random stream header each time, so sealing the
 * same bytes twice never gives the same envelope. Refuses more than CG_FILE_MAX_SIZE bytes.
 * Returns: (transfer full) (nullable). */
GBytes  *cg_envelope_seal (CgEnvelopeKey *key,
                           const void    *data,
                           gsize          length,
                           GError       **error);
/* Makes a key (as cg_envelope_key_new ()) and seals with it.
 * Returns: (transfer full) (nullable). */
GBytes  *cg_envelope_seal_with_passphrase (const char *passphrase,
                                           gssize      passphrase_length,
                                           const void *data,
                                           gsize       length,
                                           GError    **error);

/* Opens the envelope @data: the plain bytes, in locked memory that is wiped when the GBytes is
 * freed, or NULL and @error (CG_IO_ERROR, the reason alone, for the caller to name the file):
 *  - NEEDS_PASSPHRASE: @passphrase is NULL (the header was checked first);
 *  - WRONG_PASSPHRASE: the passphrase does not open it;
 *  - DAMAGED: not an envelope, or its header, a chunk or its end is damaged or missing;
 *  - VERSION: made by a newer Common Ground;
 *  - LIMIT: too large, or a header asking for more memory or time than a reader gives.
 * Nothing is returned until every chunk has been checked, so no half-opened text is ever
 * seen. @key_out (may be NULL) gets the key, to seal the next save with.
 * Returns: (transfer full) (nullable). */
GBytes  *cg_envelope_open (const char     *passphrase,
                           gssize          passphrase_length,
                           const void     *data,
                           gsize           length,
                           CgEnvelopeKey **key_out,
                           GError        **error);
/* Opens @data with @key, without Argon2id, when the envelope was sealed with it (the same salt
 * and cost: a later save of the same workshop, its backup, its autosaved copy); otherwise
 * NEEDS_PASSPHRASE, as if no passphrase had been given. Other errors as cg_envelope_open ().
 * Returns: (transfer full) (nullable). */
GBytes  *cg_envelope_open_with_key (CgEnvelopeKey *key,
                                    const void    *data,
                                    gsize          length,
                                    GError       **error);
/* Would @key open @data without a passphrase? (Same salt and cost; the header's own check
 * holds.) */
gboolean cg_envelope_key_fits (CgEnvelopeKey *key,
                               const void    *data,
                               gsize          length);

/* A copy of @length bytes of @data (or up to its NUL when -1), NUL-terminated, in locked
 * memory: for a passphrase while it is needed. @length_out may be NULL.
 * Returns: (transfer full). */
char    *cg_envelope_secret_dup  (const char *data,
                                  gssize      length,
                                  gsize      *length_out);
/* Wipes and frees a secret from cg_envelope_secret_dup (); NULL is allowed. */
void     cg_envelope_secret_free (char       *secret);

/* Frees @bytes (which the caller must hold the only reference to) after wiping its contents:
 * for plain text that a caller made and no longer needs. */
void     cg_envelope_wipe_bytes (GBytes *bytes);

G_END_DECLS

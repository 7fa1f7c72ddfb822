/* cg-png.c: a fast PNG writer for summary pages
 *
 * cairo hands a page to libpng, which tries every row filter on every row and compresses with
 * zlib's default level: over 90% of a summary's PNG time went there, some 40 times the time
 * of drawing the page. A summary page is mostly white paper and lines of text, and this
 * writer makes use of that:
 *   - every row is "Up" filtered (each byte less the one above it), so paper, margins and
 *     whatever a row shares with the row above become zeros, and a row the same as the one
 *     above (blank paper, most often) is found with one memcmp() and costs a few bits;
 *   - pixels are compared as words, four at a time along a run;
 *   - the deflate stream has three kinds of match: zeros (distance 1), a pixel like the one on
 *     its left over a pixel like the one above that (distance 3: bars and shading), and the
 *     same pixels over the same pixels a little before, found through a table of where each
 *     three pixels were last seen (distance up to 32 KiB: a letter that came before, which
 *     cairo draws the same every time);
 *   - each block of tokens gets Huffman codes of its own (deflate's "dynamic" blocks), so
 *     the few byte values that antialiased text has cost a few bits each;
 *   - the Adler-32 of the filtered bytes is added up from the pixels that are not zero, and
 *     from each run at once.
 * The files come out about the size libpng made them; readers see an ordinary 8-bit RGB PNG.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-render"

#include "config.h"

#include <string.h>

#include "cg-png.h"

#define CHUNK_SIZE   (64 * 1024)  /* compressed bytes in each IDAT chunk (a multiple of 4) */
#define BLOCK_TOKENS (32 * 1024)  /* tokens in a deflate block, which has codes of its own */
#define MIN_MATCH    3
#define MAX_MATCH    258
#define WINDOW       32768        /* the furthest back a deflate match may reach */
#define ADLER_BASE   65521
#define N_LITLEN     286          /* literals, end of block, lengths */
#define N_DIST       30
#define N_CODELEN    19
#define END_OF_BLOCK 256
#define MAX_BITS     15           /* longest code of the literal and distance alphabets */
#define MAX_CL_BITS  7            /* longest code of the code-length alphabet */
#define FILTER_UP    2
#define HASH_BITS    12           /* of the table of where each three pixels were last seen */
#define MAX_SPAN     0xffff       /* no wider or taller image looks for repeated pixels */
#define MAX_PIECES   (MAX_SPAN * 3 / MAX_MATCH + 4)  /* tokens of a row like the one above */

/* A token: a literal byte; or the three bytes of a pixel as literals (TOKEN_PIXEL, bytes in
 * bits 0-23); or a match (TOKEN_MATCH): its distance code (bits 26-30), length symbol less
 * 257 (21-25), and the extra bits of its length (16-20) and distance (0-12); or a row the same
 * as the one above (TOKEN_SAME_ROW), the same tokens every time. */
#define TOKEN_PIXEL    (1u << 30)
#define TOKEN_MATCH    (1u << 31)
#define TOKEN_SAME_ROW (TOKEN_MATCH | 1u << 15)  /* as if a match of 3 at 1, bit 15 aside */

static const guint16 length_base[29] = {
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
  131, 163, 195, 227, 258,
};
static const guint8 length_extra[29] = {
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
};
static const guint16 dist_base[N_DIST] = {
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
  2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
};
static const guint8 dist_extra[N_DIST] = {
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12,
  13, 13,
};
/* The order the code-length code's lengths are written in. */
static const guint8 codelen_order[N_CODELEN] = {
  16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
};

/* Filled once: the length symbol of each match length, the distance code of each distance
 * (up to 256, then in steps of 128), and the CRC-32 tables (eight bytes at a time). */
static guint8 length_symbol[MAX_MATCH + 1];  /* symbol - 257 */
static guint8 dist_code_small[256];
static guint8 dist_code_large[256];
static guint32 crc_tables[8][256];

static void
init_tables (void)
{
  static gsize done = 0;

  if (!g_once_init_enter (&done))
    return;

  for (guint s = 0; s < 29; s++)
    {
      /* 258 has a symbol of its own (285), not the end of 284's range */
      guint last = s == 27 ? 257u : s + 1 < 29 ? length_base[s + 1] - 1u : MAX_MATCH;

      for (guint length = length_base[s]; length <= last; length++)
        length_symbol[length] = s;
    }
  for (guint c = 0; c < N_DIST; c++)
    {
      guint last = c + 1 < N_DIST ? dist_base[c + 1] - 1u : WINDOW;

      for (guint d = dist_base[c]; d <= last; d++)
        {
          if (d <= 256)
            dist_code_small[d - 1] = c;
          else
            dist_code_large[(d - 1) >> 7] = c;
        }
    }
  for (guint32 n = 0; n < 256; n++)
    {
      guint32 c = n;

      for (guint k = 0; k < 8; k++)
        c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
      crc_tables[0][n] = c;
    }
  for (guint32 n = 0; n < 256; n++)
    for (guint t = 1; t < 8; t++)
      crc_tables[t][n] = (crc_tables[t - 1][n] >> 8) ^ crc_tables[0][crc_tables[t - 1][n] & 0xff];
  g_once_init_leave (&done, 1);
}

static guint32
crc_update (guint32       crc,
            const guint8 *data,
            gsize         length)
{
  while (length >= 8)
    {
      guint32 low = crc ^ ((guint32) data[0] | (guint32) data[1] << 8 | (guint32) data[2] << 16
                           | (guint32) data[3] << 24);

      crc = crc_tables[7][low & 0xff] ^ crc_tables[6][(low >> 8) & 0xff]
            ^ crc_tables[5][(low >> 16) & 0xff] ^ crc_tables[4][low >> 24]
            ^ crc_tables[3][data[4]] ^ crc_tables[2][data[5]] ^ crc_tables[1][data[6]]
            ^ crc_tables[0][data[7]];
      data += 8;
      length -= 8;
    }
  while (length-- > 0)
    crc = crc_tables[0][(crc ^ *data++) & 0xff] ^ (crc >> 8);
  return crc;
}

/* The token of a match of @length (3-258) at @distance (1-32768). */
static inline guint32
make_match (guint length,
            guint distance)
{
  guint symbol = length_symbol[length];
  guint d = distance <= 256 ? dist_code_small[distance - 1]
                            : dist_code_large[(distance - 1) >> 7];

  return TOKEN_MATCH | d << 26 | symbol << 21 | (length - length_base[symbol]) << 16
         | (distance - dist_base[d]);
}

/* A Huffman code, its bits reversed, ready to be written least significant bit first. */
typedef struct
{
  guint16 bits;
  guint8  length;
} Code;

typedef struct
{
  cairo_write_func_t  write_func;
  void               *closure;
  cairo_status_t      status;

  guint8             *chunk;     /* an IDAT chunk: length, type, data, room for its CRC */
  guint8             *out;       /* where the next compressed byte goes in it */
  guint8             *end;       /* the end of its data */
  guint64             bits;      /* bits not yet written, the first at bit 0 */
  guint               n_bits;

  guint32            *tokens;    /* of the block being gathered */
  guint32             same_row[MAX_PIECES];  /* the tokens of a row like the one above */
  guint               n_same_row;
  guint32            *seen;      /* hash of three pixels -> (y << 16 | x) + 1 of the last */

  guint32             s1;        /* Adler-32 of the bytes so far */
  guint32             s2;
} Encoder;

static void
write_out (Encoder      *enc,
           const guint8 *data,
           gsize         length)
{
  if (enc->status != CAIRO_STATUS_SUCCESS)
    return;
  enc->status = enc->write_func (enc->closure, data, length);
}

/* A whole chunk at @buffer: 8 bytes for length and type, then @length of data, then 4 for
 * the CRC, which this fills in. */
static void
finish_chunk (Encoder    *enc,
              guint8     *buffer,
              const char *type,
              gsize       length)
{
  guint32 crc;

  buffer[0] = length >> 24;
  buffer[1] = length >> 16;
  buffer[2] = length >> 8;
  buffer[3] = length;
  memcpy (buffer + 4, type, 4);
  crc = crc_update (0xffffffffu, buffer + 4, length + 4) ^ 0xffffffffu;
  buffer[8 + length] = crc >> 24;
  buffer[9 + length] = crc >> 16;
  buffer[10 + length] = crc >> 8;
  buffer[11 + length] = crc;
  write_out (enc, buffer, length + 12);
}

static void
write_small_chunk (Encoder      *enc,
                   const char   *type,
                   const guint8 *data,
                   gsize         length)
{
  guint8 buffer[12 + 16];

  g_assert (length <= 16);
  if (length > 0)
    memcpy (buffer + 8, data, length);
  finish_chunk (enc, buffer, type, length);
}

static void
flush_chunk (Encoder *enc)
{
  gsize length = enc->out - (enc->chunk + 8);

  if (length > 0)
    finish_chunk (enc, enc->chunk, "IDAT", length);
  enc->out = enc->chunk + 8;
}

/* The bit writer, kept in local variables while a block is written (pointers to the chunk's
 * bytes may alias anything, so fields of *enc would be read again after every byte). */
typedef struct
{
  guint64  bits;
  guint    n_bits;
  guint8  *out;
  guint8  *end;
} Bits;

/* Writes the low @n_bits of @value (at most 32 in all with those waiting), least significant
 * first, four bytes at a time. */
static inline void
put_bits (Encoder *enc,
          Bits    *b,
          guint32  value,
          guint    n_bits)
{
  b->bits |= (guint64) value << b->n_bits;
  b->n_bits += n_bits;
  if (b->n_bits >= 32)
    {
      guint32 word = GUINT32_TO_LE ((guint32) b->bits);

      memcpy (b->out, &word, 4);
      b->out += 4;
      b->bits >>= 32;
      b->n_bits -= 32;
      if (b->out == b->end)
        {
          enc->out = b->out;
          flush_chunk (enc);
          b->out = enc->out;
        }
    }
}

/* ---- Huffman codes ---- */

static guint16
reverse_bits (guint16 code,
              guint   length)
{
  guint16 reversed = 0;

  for (guint i = 0; i < length; i++)
    {
      reversed = (reversed << 1) | (code & 1);
      code >>= 1;
    }
  return reversed;
}

typedef struct
{
  guint freq;
  guint symbol;
} Leaf;

static int
compare_leaves (gconstpointer a,
                gconstpointer b)
{
  const Leaf *la = a, *lb = b;

  if (la->freq != lb->freq)
    return la->freq < lb->freq ? -1 : 1;
  return la->symbol < lb->symbol ? -1 : la->symbol > lb->symbol;
}

/* Code lengths for @n symbols of frequencies @freq, none longer than @max_bits. Always at
 * least two symbols get a code (an unused one if need be), so every code is complete, which
 * zlib's inflate wants of the code-length code. */
static void
build_lengths (const guint *freq,
               guint        n,
               guint        max_bits,
               guint8      *lengths)
{
  Leaf leaves[N_LITLEN];
  guint weight[2 * N_LITLEN], parent[2 * N_LITLEN], depth[2 * N_LITLEN];
  guint count[MAX_BITS + 1] = { 0, };
  guint m = 0, next_leaf = 0, next_node, n_nodes;
  guint32 total = 0;

  memset (lengths, 0, n);
  for (guint s = 0; s < n; s++)
    if (freq[s] > 0)
      leaves[m++] = (Leaf) { freq[s], s };
  for (guint s = 0; m < 2 && s < n; s++)
    if (freq[s] == 0)
      leaves[m++] = (Leaf) { 1, s };
  qsort (leaves, m, sizeof (Leaf), compare_leaves);

  /* Huffman's algorithm with two queues: the sorted leaves, and the nodes as they are made
   * (which come out in order of weight too). Nodes 0..m-1 are the leaves. */
  for (guint i = 0; i < m; i++)
    weight[i] = leaves[i].freq;
  next_node = m;
  n_nodes = m;
  for (guint k = 0; k + 1 < m; k++)
    {
      guint pick[2];

      for (guint j = 0; j < 2; j++)
        {
          if (next_leaf < m && (next_node >= n_nodes || weight[next_leaf] <= weight[next_node]))
            pick[j] = next_leaf++;
          else
            pick[j] = next_node++;
        }
      weight[n_nodes] = weight[pick[0]] + weight[pick[1]];
      parent[pick[0]] = parent[pick[1]] = n_nodes;
      n_nodes++;
    }
  depth[n_nodes - 1] = 0;
  for (guint i = n_nodes - 1; i-- > 0;)
    depth[i] = depth[parent[i]] + 1;

  /* At most @max_bits: codes deeper than that come up to it, then codes move down from the
   * longest shorter ones until the lengths fit again (as miniz does); the shortest codes go
   * to the most frequent symbols. */
  for (guint i = 0; i < m; i++)
    count[MIN (depth[i], max_bits)]++;
  for (guint bits = max_bits; bits > 0; bits--)
    total += (guint32) count[bits] << (max_bits - bits);
  while (total > (1u << max_bits))
    {
      count[max_bits]--;
      for (guint bits = max_bits - 1; bits > 0; bits--)
        if (count[bits] > 0)
          {
            count[bits]--;
            count[bits + 1] += 2;
            break;
          }
      total--;
    }
  for (guint bits = max_bits, i = 0; bits > 0; bits--)
    for (guint c = 0; c < count[bits]; c++)
      lengths[leaves[i++].symbol] = bits;
}

/* The canonical codes for @lengths (RFC 1951, 3.2.2). */
static void
build_codes (const guint8 *lengths,
             guint         n,
             Code         *codes)
{
  guint count[MAX_BITS + 1] = { 0, };
  guint next[MAX_BITS + 1];
  guint code = 0;

  for (guint s = 0; s < n; s++)
    count[lengths[s]]++;
  count[0] = 0;
  for (guint bits = 1; bits <= MAX_BITS; bits++)
    {
      code = (code + count[bits - 1]) << 1;
      next[bits] = code;
    }
  for (guint s = 0; s < n; s++)
    {
      codes[s].length = lengths[s];
      codes[s].bits = lengths[s] > 0 ? reverse_bits (next[lengths[s]]++, lengths[s]) : 0;
    }
}

/* ---- Deflate blocks ---- */

static inline void
count_token (guint32  token,
             guint   *lit_freq,
             guint   *dist_freq)
{
  if (token & TOKEN_MATCH)
    {
      lit_freq[257 + ((token >> 21) & 31)]++;
      dist_freq[(token >> 26) & 31]++;
    }
  else if (token & TOKEN_PIXEL)
    {
      lit_freq[token & 0xff]++;
      lit_freq[(token >> 8) & 0xff]++;
      lit_freq[(token >> 16) & 0xff]++;
    }
  else
    lit_freq[token]++;
}

static inline void
put_token (Encoder    *enc,
           Bits       *b,
           guint32     token,
           const Code *lit_codes,
           const Code *dist_codes)
{
  guint symbol, d;
  const Code *code;

  if (!(token & TOKEN_MATCH) && (token & TOKEN_PIXEL))
    {
      const Code *c0 = &lit_codes[token & 0xff], *c1 = &lit_codes[(token >> 8) & 0xff];
      const Code *c2 = &lit_codes[(token >> 16) & 0xff];

      /* two codes of at most 15 bits at once, then the third */
      put_bits (enc, b, c0->bits | (guint32) c1->bits << c0->length, c0->length + c1->length);
      put_bits (enc, b, c2->bits, c2->length);
      return;
    }
  if (!(token & TOKEN_MATCH))
    {
      put_bits (enc, b, lit_codes[token].bits, lit_codes[token].length);
      return;
    }
  symbol = (token >> 21) & 31;
  d = (token >> 26) & 31;
  code = &lit_codes[257 + symbol];
  put_bits (enc, b, code->bits | ((token >> 16) & 31) << code->length,
            code->length + length_extra[symbol]);
  code = &dist_codes[d];
  put_bits (enc, b, code->bits | (token & 0x1fff) << code->length,
            code->length + dist_extra[d]);
}

/* Writes @n_tokens tokens, @n_same of them TOKEN_SAME_ROW, as one deflate block with codes
 * made for them. */
static void
write_block (Encoder  *enc,
             guint     n_tokens,
             guint     n_same,
             gboolean  final)
{
  guint8 lengths[N_LITLEN + N_DIST], lit_lengths[N_LITLEN], dist_lengths[N_DIST];
  guint8 cl_symbols[N_LITLEN + N_DIST], cl_extras[N_LITLEN + N_DIST], cl_lengths[N_CODELEN];
  guint lit_freq[N_LITLEN] = { 0, }, dist_freq[N_DIST] = { 0, }, cl_freq[N_CODELEN] = { 0, };
  Code lit_codes[N_LITLEN], dist_codes[N_DIST], cl_codes[N_CODELEN];
  guint n_lit = N_LITLEN, n_dist = N_DIST, n_cl = N_CODELEN, n_all, n_symbols = 0;
  Bits b = { enc->bits, enc->n_bits, enc->out, enc->end };

  for (guint i = 0; i < n_tokens; i++)
    count_token (enc->tokens[i], lit_freq, dist_freq);
  /* each TOKEN_SAME_ROW was counted as a match of length 3 at distance 1; it is more */
  lit_freq[257] -= n_same;
  dist_freq[0] -= n_same;
  for (guint k = 0; n_same > 0 && k < enc->n_same_row; k++)
    {
      guint32 token = enc->same_row[k];

      if (!(token & TOKEN_MATCH))
        lit_freq[token] += n_same;
      else
        {
          lit_freq[257 + ((token >> 21) & 31)] += n_same;
          dist_freq[(token >> 26) & 31] += n_same;
        }
    }
  lit_freq[END_OF_BLOCK] = 1;
  build_lengths (lit_freq, N_LITLEN, MAX_BITS, lit_lengths);
  build_lengths (dist_freq, N_DIST, MAX_BITS, dist_lengths);
  build_codes (lit_lengths, N_LITLEN, lit_codes);
  build_codes (dist_lengths, N_DIST, dist_codes);
  while (n_lit > 257 && lit_lengths[n_lit - 1] == 0)
    n_lit--;
  while (n_dist > 1 && dist_lengths[n_dist - 1] == 0)
    n_dist--;

  /* Both sets of lengths, run-length coded with the code-length alphabet: 16 repeats the
   * last length 3-6 times, 17 and 18 give 3-10 and 11-138 zeros. */
  memcpy (lengths, lit_lengths, n_lit);
  memcpy (lengths + n_lit, dist_lengths, n_dist);
  n_all = n_lit + n_dist;
  for (guint i = 0; i < n_all;)
    {
      guint8 length = lengths[i];
      guint run = 1;

      while (i + run < n_all && lengths[i + run] == length)
        run++;
      i += run;
      if (length == 0)
        {
          while (run >= 11)
            {
              guint r = MIN (run, 138);

              cl_symbols[n_symbols] = 18;
              cl_extras[n_symbols++] = r - 11;
              run -= r;
            }
          if (run >= 3)
            {
              cl_symbols[n_symbols] = 17;
              cl_extras[n_symbols++] = run - 3;
              run = 0;
            }
        }
      else
        {
          cl_symbols[n_symbols] = length;
          cl_extras[n_symbols++] = 0;
          run--;
          while (run >= 3)
            {
              guint r = MIN (run, 6);

              cl_symbols[n_symbols] = 16;
              cl_extras[n_symbols++] = r - 3;
              run -= r;
            }
        }
      while (run-- > 0)
        {
          cl_symbols[n_symbols] = length;
          cl_extras[n_symbols++] = 0;
        }
    }
  for (guint i = 0; i < n_symbols; i++)
    cl_freq[cl_symbols[i]]++;
  build_lengths (cl_freq, N_CODELEN, MAX_CL_BITS, cl_lengths);
  build_codes (cl_lengths, N_CODELEN, cl_codes);
  while (n_cl > 4 && cl_lengths[codelen_order[n_cl - 1]] == 0)
    n_cl--;

  /* The header: last block or not, "dynamic", the sizes, the code-length code, the codes. */
  put_bits (enc, &b, final ? 1 : 0, 1);
  put_bits (enc, &b, 2, 2);
  put_bits (enc, &b, n_lit - 257, 5);
  put_bits (enc, &b, n_dist - 1, 5);
  put_bits (enc, &b, n_cl - 4, 4);
  for (guint i = 0; i < n_cl; i++)
    put_bits (enc, &b, cl_lengths[codelen_order[i]], 3);
  for (guint i = 0; i < n_symbols; i++)
    {
      static const guint8 extra_bits[3] = { 2, 3, 7 };
      const Code *code = &cl_codes[cl_symbols[i]];

      put_bits (enc, &b, code->bits, code->length);
      if (cl_symbols[i] >= 16)
        put_bits (enc, &b, cl_extras[i], extra_bits[cl_symbols[i] - 16]);
    }

  for (guint i = 0; i < n_tokens; i++)
    {
      guint32 token = enc->tokens[i];

      if (token != TOKEN_SAME_ROW)
        put_token (enc, &b, token, lit_codes, dist_codes);
      else
        for (guint k = 0; k < enc->n_same_row; k++)
          put_token (enc, &b, enc->same_row[k], lit_codes, dist_codes);
    }
  put_bits (enc, &b, lit_codes[END_OF_BLOCK].bits, lit_codes[END_OF_BLOCK].length);

  enc->bits = b.bits;
  enc->n_bits = b.n_bits;
  enc->out = b.out;
}

/* ---- Tokens, gathered through a local pointer for the same reason as the bits ---- */

/* @length (at least 3) bytes, the same as @distance bytes back: as many matches as it takes,
 * none shorter than a match can be. */
static inline guint32 *
add_match (guint32 *tok,
           gsize    length,
           guint    distance)
{
  while (length > MAX_MATCH)
    {
      guint piece = length - MAX_MATCH < MIN_MATCH ? length - MIN_MATCH : MAX_MATCH;

      *tok++ = make_match (piece, distance);
      length -= piece;
    }
  *tok++ = make_match (length, distance);
  return tok;
}

/* @n zero bytes, after a byte @last. */
static inline guint32 *
add_zeros (guint32 *tok,
           gsize    n,
           guint8   last)
{
  if (last != 0)
    {
      *tok++ = 0;
      n--;
    }
  if (n >= MIN_MATCH)
    return add_match (tok, n, 1);
  while (n-- > 0)
    *tok++ = 0;
  return tok;
}

/* The tokens of a row the same as the one above: the filter byte, then @n_zeros zeros. */
static void
prepare_same_row (Encoder *enc,
                  gsize    n_zeros)
{
  guint32 *tok = enc->same_row;

  *tok++ = FILTER_UP;
  tok = add_zeros (tok, n_zeros, FILTER_UP);
  enc->n_same_row = tok - enc->same_row;
}

/* ---- Rows ---- */

/* A row's Adler-32 sums: of its bytes, and of its bytes each weighted by its distance from the
 * row's end (n for the first byte, 1 for the last); zeros add nothing. */
typedef struct
{
  guint64 sum;
  guint64 weighted;
} RowSums;

static void
adler_add_row (Encoder       *enc,
               guint64        n,
               const RowSums *row)
{
  guint64 s1 = enc->s1, s2 = enc->s2;

  s2 = (s2 + (n % ADLER_BASE) * s1 + row->weighted % ADLER_BASE) % ADLER_BASE;
  s1 = (s1 + row->sum) % ADLER_BASE;
  enc->s1 = s1;
  enc->s2 = s2;
}

/* The filtered bytes of a pixel @cur below @above: its colour less the colour above it. */
static inline void
up_bytes (guint32  cur,
          guint32  above,
          guint8  *bytes)
{
  bytes[0] = ((cur >> 16) - (above >> 16)) & 0xff;
  bytes[1] = ((cur >> 8) - (above >> 8)) & 0xff;
  bytes[2] = (cur - above) & 0xff;
}

/* Adds @k pixels from @x on, each with the filtered bytes @bytes, in a row @n bytes long. */
static inline void
add_pixels (RowSums      *row,
            int           x,
            int           k,
            guint64       n,
            const guint8 *bytes)
{
  guint64 sum = bytes[0] + bytes[1] + bytes[2];
  guint64 offset = bytes[1] + 2 * (guint64) bytes[2];
  /* the first byte of pixel x is the (2 + 3x)th of the row, so it weighs n - 1 - 3x */
  guint64 weights = (guint64) k * (n - 1) - 3 * ((guint64) k * x + (guint64) k * (k - 1) / 2);

  row->sum += sum * k;
  row->weighted += sum * weights - offset * k;
}

/* The same for one pixel. */
static inline void
add_pixel (RowSums      *row,
           int           x,
           guint64       n,
           const guint8 *bytes)
{
  guint sum = bytes[0] + bytes[1] + bytes[2];

  row->sum += sum;
  row->weighted += (guint64) sum * (n - 1 - 3 * (guint64) x) - bytes[1] - 2u * bytes[2];
}

/* Pixels are compared as whole words, with the byte RGB24 leaves unused, which cairo keeps
 * at 0xff: two pixels that compare equal are the same colour, so a run found is always
 * right (at worst it ends early, and costs a few bytes). */

/* The first x from @x on (and before @width) with a[x] != b[x]. */
static inline int
find_difference (const guint32 *a,
                 const guint32 *b,
                 int            x,
                 int            width)
{
  while (x + 4 <= width)
    {
      guint64 a0, a1, b0, b1;

      memcpy (&a0, a + x, 8);
      memcpy (&a1, a + x + 2, 8);
      memcpy (&b0, b + x, 8);
      memcpy (&b1, b + x + 2, 8);
      if (((a0 ^ b0) | (a1 ^ b1)) != 0)
        break;
      x += 4;
    }
  while (x < width && a[x] == b[x])
    x++;
  return x;
}

static inline guint
hash_pixels (guint32 a,
             guint32 b,
             guint32 c)
{
  guint32 h = a * 0x9e3779b1u ^ b * 0x85ebca77u ^ c * 0xc2b2ae3du;

  return h >> (32 - HASH_BITS);
}

static void
encode_rows (Encoder      *enc,
             const guint8 *data,
             int           stride,
             int           width,
             int           height)
{
  guint64 n = 1 + 3 * (guint64) width;
  gboolean look = width <= MAX_SPAN && height <= MAX_SPAN;
  g_autofree guint32 *zeros = g_new0 (guint32, width);
  guint32 *seen = enc->seen;
  guint32 *tok = enc->tokens;
  guint n_same = 0;
  RowSums same = { FILTER_UP, FILTER_UP * n };

  prepare_same_row (enc, n - 1);
  for (int y = 0; y < height; y++)
    {
      const guint32 *p = (const guint32 *) (data + (gsize) y * stride);
      const guint32 *up = y > 0 ? (const guint32 *) (data + (gsize) (y - 1) * stride) : zeros;
      RowSums row = { FILTER_UP, FILTER_UP * n };
      guint8 last = FILTER_UP;
      int x = 0;

      /* A row like the one above (blank paper, most often): the filter byte, then zeros. */
      if (y > 0 && memcmp (p, up, (gsize) width * 4) == 0)
        {
          if (tok - enc->tokens >= BLOCK_TOKENS)
            {
              write_block (enc, tok - enc->tokens, n_same, FALSE);
              tok = enc->tokens;
              n_same = 0;
            }
          *tok++ = TOKEN_SAME_ROW;
          n_same++;
          adler_add_row (enc, n, &same);
          continue;
        }

      *tok++ = FILTER_UP;
      while (x < width)
        {
          guint32 cur = p[x], above = up[x];
          int start = x, k = 0;
          guint8 bytes[3];

          /* Room for the most one step adds (zeros to the end of the row). */
          if (tok - enc->tokens >= BLOCK_TOKENS)
            {
              write_block (enc, tok - enc->tokens, n_same, FALSE);
              tok = enc->tokens;
              n_same = 0;
            }

          if (cur == above)
            {
              /* the same colour as above: zeros */
              x = find_difference (p, up, x + 1, width);
              tok = add_zeros (tok, 3 * (gsize) (x - start), last);
              last = 0;
              continue;
            }
          if (x > 0 && cur == p[x - 1] && above == up[x - 1])
            {
              /* the same pair as on its left: the same bytes as the pixel before */
              for (x++; x < width && p[x] == cur && up[x] == above; x++)
                ;
              tok = add_match (tok, 3 * (gsize) (x - start), 3);
              up_bytes (cur, above, bytes);
              add_pixels (&row, start, x - start, n, bytes);
              continue;
            }

          /* The same pixels over the same ones a little before, on this row or a few above:
           * a letter that came before, most often. */
          if (look && x + 1 < width)
            {
              guint h = hash_pixels (cur, above, p[x + 1]);
              guint32 where = seen[h];

              seen[h] = ((guint32) y << 16 | (guint32) x) + 1;
              if (where != 0)
                {
                  int from_y = (where - 1) >> 16, from_x = (where - 1) & 0xffff;
                  gint64 distance = (gint64) (y - from_y) * (gint64) n
                                    + 3 * (gint64) (x - from_x);

                  if (distance > 0 && distance <= WINDOW)
                    {
                      const guint32 *from = (const guint32 *) (data + (gsize) from_y * stride);
                      const guint32 *from_up = from_y > 0
                                               ? (const guint32 *) (data + (gsize) (from_y - 1)
                                                                    * stride)
                                               : zeros;
                      int limit = width - MAX (x, from_x);

                      while (k < limit && p[x + k] == from[from_x + k]
                             && up[x + k] == from_up[from_x + k])
                        k++;
                    }
                  if (k >= 2)
                    {
                      tok = add_match (tok, 3 * (gsize) k, (guint) distance);
                      /* the sums, of the pixels that are not the same as above */
                      for (; x < start + k; x++)
                        if (p[x] != up[x])
                          {
                            up_bytes (p[x], up[x], bytes);
                            add_pixel (&row, x, n, bytes);
                          }
                      up_bytes (p[x - 1], up[x - 1], bytes);
                      last = bytes[2];
                      continue;
                    }
                }
            }

          up_bytes (cur, above, bytes);
          *tok++ = TOKEN_PIXEL | bytes[0] | bytes[1] << 8 | bytes[2] << 16;
          add_pixel (&row, x, n, bytes);
          last = bytes[2];
          x++;
        }
      adler_add_row (enc, n, &row);
    }
  write_block (enc, tok - enc->tokens, n_same, TRUE);
}

static void
put_be32 (guint8  *out,
          guint32  value)
{
  out[0] = value >> 24;
  out[1] = value >> 16;
  out[2] = value >> 8;
  out[3] = value;
}

cairo_status_t
cg_png_write (cairo_surface_t    *surface,
              double              dpi,
              cairo_write_func_t  write_func,
              void               *closure)
{
  static const guint8 signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  Encoder enc = { 0, };
  guint8 header[13], phys[9], tail[8];
  guint32 per_metre = (guint32) (dpi / 0.0254 + 0.5);
  guint n_tail = 0;
  int width, height;

  g_return_val_if_fail (surface != NULL, CAIRO_STATUS_NULL_POINTER);
  g_return_val_if_fail (write_func != NULL, CAIRO_STATUS_NULL_POINTER);

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    return cairo_surface_status (surface);
  if (cairo_surface_get_type (surface) != CAIRO_SURFACE_TYPE_IMAGE
      || cairo_image_surface_get_format (surface) != CAIRO_FORMAT_RGB24)
    return CAIRO_STATUS_INVALID_FORMAT;
  cairo_surface_flush (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  if (width <= 0 || height <= 0)
    return CAIRO_STATUS_INVALID_SIZE;

  init_tables ();
  enc.write_func = write_func;
  enc.closure = closure;
  enc.chunk = g_malloc (CHUNK_SIZE + 12);
  enc.out = enc.chunk + 8;
  enc.end = enc.chunk + 8 + CHUNK_SIZE;
  /* room for the most tokens one step adds: zeros to the end of a row */
  enc.tokens = g_new (guint32, BLOCK_TOKENS + (gsize) width * 3 / MAX_MATCH + 8);
  enc.seen = g_new0 (guint32, 1 << HASH_BITS);
  enc.s1 = 1;
  enc.s2 = 0;

  write_out (&enc, signature, sizeof signature);
  put_be32 (header, width);
  put_be32 (header + 4, height);
  header[8] = 8;   /* bits per sample */
  header[9] = 2;   /* RGB */
  header[10] = 0;  /* deflate */
  header[11] = 0;  /* the five filters */
  header[12] = 0;  /* not interlaced */
  write_small_chunk (&enc, "IHDR", header, sizeof header);
  put_be32 (phys, per_metre);
  put_be32 (phys + 4, per_metre);
  phys[8] = 1;     /* pixels per metre */
  write_small_chunk (&enc, "pHYs", phys, sizeof phys);

  /* zlib's header: deflate with a 32 KiB window, no dictionary, and its check bits */
  enc.bits = 0x0178;
  enc.n_bits = 16;
  encode_rows (&enc, cairo_image_surface_get_data (surface),
               cairo_image_surface_get_stride (surface), width, height);

  /* The last bits, padded to a whole byte, and the Adler-32. */
  while (enc.n_bits > 0)
    {
      tail[n_tail++] = enc.bits & 0xff;
      enc.bits >>= 8;
      enc.n_bits = enc.n_bits > 8 ? enc.n_bits - 8 : 0;
    }
  put_be32 (tail + n_tail, enc.s2 << 16 | enc.s1);
  n_tail += 4;
  if (enc.out + n_tail > enc.end)
    flush_chunk (&enc);
  memcpy (enc.out, tail, n_tail);
  enc.out += n_tail;
  flush_chunk (&enc);
  write_small_chunk (&enc, "IEND", NULL, 0);

  g_free (enc.seen);
  g_free (enc.tokens);
  g_free (enc.chunk);
  return enc.status;
}

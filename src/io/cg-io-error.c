/* cg-io-error.c: the error domain of reading and writing workshop files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include "io/cg-io.h"

G_DEFINE_QUARK (cg-io-error-quark, cg_io_error)

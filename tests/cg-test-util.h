/* cg-test-util.h: small helpers the test suites share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Removes @path and, when it is a folder, everything in it (a test's temporary folder). */
void cg_test_remove_tree (const char *path);

G_END_DECLS

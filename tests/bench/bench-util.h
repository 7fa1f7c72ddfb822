/* bench-util.h: what the benchmarks share: a large, realistic workshop made up on the spot,
 * removing a scratch folder, medians
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/cg-model.h"

G_BEGIN_DECLS

/* A series of three events, four voices, ten themes, @n_ideas ideas (paragraphs of 120-240
 * characters, about 500 bytes each on disk) with votes, and fifty rows in the action plan. The
 * same @n_ideas and @seed give the same contents (the ids are new each time); another @seed
 * gives other texts, votes and themes. The history is empty and clean. */
CgWorkshop *bench_make_workshop (guint   n_ideas,
                                 guint32 seed);

/* Removes the files in @dir_path, then the folder itself (one level, no subfolders). */
void        bench_remove_tree   (const char *dir_path);

/* The median of the @n values (of the middle two when @n is even); @values is left as it was. */
double      bench_median        (const double *values,
                                 guint         n);
/* The largest of the @n values, 0 for none. */
double      bench_maximum       (const double *values,
                                 guint         n);

/* Runs `@self --child @mode @path` (with GSK_RENDERER=@renderer, when not NULL) and returns
 * the one line of "name=value" fields it prints, with a space in front, or NULL after saying
 * on stderr, as @program, why the run failed. */
char       *bench_run_child     (const char   *program,
                                 const char   *self,
                                 const char   *mode,
                                 const char   *path,
                                 const char   *renderer);
/* The number after " @name=" in such a line, 0 when it is not there. */
double      bench_field         (const char   *line,
                                 const char   *name);

G_END_DECLS

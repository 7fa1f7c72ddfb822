/* cg-command-line.h: the jobs the command line does without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses: 0 done, 1 a file was bad or could not be written, 2 the command was wrong. */
#define CG_EXIT_OK 0
#define CG_EXIT_FAILED 1
#define CG_EXIT_USAGE 2

/* Each prints one line per problem on stderr, prefixed "common-ground: " where no file is named,
 * and returns an exit status.
 *
 * @passphrase_file (--passphrase-file; NULL when not given) is a file whose first line is the
 * passphrase, "-" for standard input; it must be its owner's alone (mode 600 or stricter).
 * Every protected workshop read is opened with it (without it, a protected file is refused:
 * status 1), and every workshop written with it is protected with it. */
int cg_command_line_validate   (const char * const *paths,
                                const char         *passphrase_file);
int cg_command_line_import_csv (const char *csv_path,
                                const char *output_path,
                                const char *template_id,
                                const char *passphrase_file);
/* Private notes are left out unless @include_private, as in the summary. */
int cg_command_line_export_csv (const char *workshop_path,
                                const char *output_path,
                                gboolean    include_private,
                                const char *passphrase_file);
/* --export-participation FILE --output OUT: the participation record of FILE as CSV. */
int cg_command_line_export_participation (const char *workshop_path,
                                          const char *output_path,
                                          const char *passphrase_file);
/* How a summary from the command line is set (--easy-read, --include-private, --greyscale,
 * --show-laptops). */
typedef enum
{
  CG_SUMMARY_EASY_READ       = 1 << 0,
  CG_SUMMARY_INCLUDE_PRIVATE = 1 << 1,
  CG_SUMMARY_GREYSCALE       = 1 << 2,
  CG_SUMMARY_SHOW_LAPTOPS    = 1 << 3,
} CgSummaryFlags;

/* Writes the summary of the workshop in @workshop_path as @format (pdf, svg, png). @paper is
 * "a4", "letter" or NULL (from the locale); @event_id NULL for every event. */
int cg_command_line_export_summary (const char     *workshop_path,
                                    const char     *format,
                                    const char     *output_path,
                                    const char     *paper,
                                    const char     *event_id,
                                    CgSummaryFlags  flags,
                                    const char     *passphrase_file);
/* Merges the workshops in @paths (captured on several laptops) into @output_path, printing what
 * was added, matched and in conflict. Any bad file: its name and line, and nothing written. */
int cg_command_line_merge (const char * const *paths,
                           const char         *output_path,
                           const char         *passphrase_file);
/* Protects the workshop @path in place with the passphrase of @new_passphrase_file, or of
 * @passphrase_file when that is NULL (which also opens @path if it is protected already): a
 * new salt and today's cost. No plain copy stays: no backup of a plain file is kept, and a
 * plain PATH~ is removed. @output_path must be NULL (the file itself changes). */
int cg_command_line_protect   (const char *path,
                               const char *output_path,
                               const char *passphrase_file,
                               const char *new_passphrase_file);
/* Writes the protected workshop @path back as plain XML, in place (PATH~ keeps the protected
 * version); a plain file is left as it is. */
int cg_command_line_unprotect (const char *path,
                               const char *output_path,
                               const char *passphrase_file);
/* Lists the theme templates, one "id: name" line each. */
int cg_command_line_list_templates (void);

G_END_DECLS

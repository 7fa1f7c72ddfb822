/* fuzz-csv.c: fuzz target for the CSV importer: all or nothing, and what it makes saves and loads
 *
 * An import into a new workshop either fails with an error naming the file and leaves the
 * workshop as it was, or succeeds as one undo step; the workshop then saves to a file that
 * loads again (the app must never write a file it refuses to open), undo and redo give back the
 * same bytes, and its CSV export imports again to the same export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-fuzz"

#include "config.h"

#include "fuzz-common.h"

/* Exports @workshop as CSV and imports that into a new workshop, which must export the same. */
static void
check_export_imports (CgWorkshop *workshop)
{
  g_autoptr(GBytes) exported = cg_csv_export (workshop, TRUE);
  g_autoptr(GBytes) again = NULL;
  g_autoptr(CgWorkshop) copy = cg_workshop_new ("Copy");
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (exported, &length);

  if (!cg_csv_import (copy, data, length, "exported.csv", &error))
    fuzz_fail ("input.csv: the CSV export of the import does not import: %s\n--- export\n%.*s\n---",
               error != NULL ? error->message : "(no error)", (int) MIN (length, 4000), data);

  again = cg_csv_export (copy, TRUE);
  fuzz_assert_same_bytes (exported, again, "input.csv: export, import, export");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(CgWorkshop) workshop = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GBytes) redone = NULL;
  g_autoptr(GError) error = NULL;
  CgHistory *history;
  guint n_ideas;

  /* a save-size limit may refuse what a larger import makes; below this size nothing may */
  if (size > FUZZ_MAX_INPUT)
    return 0;

  workshop = cg_workshop_new ("Imported");
  history = cg_workshop_get_history (workshop);
  before = cg_workshop_save_to_bytes (workshop);

  if (!cg_csv_import (workshop, (const char *) data, size, "input.csv", &error))
    {
      g_autoptr(GBytes) unchanged = cg_workshop_save_to_bytes (workshop);

      fuzz_check_error (error, "input.csv");
      /* all or nothing */
      fuzz_assert_same_bytes (before, unchanged, "input.csv: a refused import changed the workshop");
      if (cg_history_get_can_undo (history))
        fuzz_fail ("input.csv: a refused import left an undo step");
      return 0;
    }
  if (error != NULL)
    fuzz_fail ("input.csv: imported, yet with an error: %s", error->message);

  after = fuzz_save_and_check (workshop, "input.csv imported");

  /* one undo step, which takes the workshop back to what it was, and redo to the import */
  n_ideas = g_list_model_get_n_items (cg_workshop_get_ideas (workshop));
  if (n_ideas > 0 && cg_history_get_n_undo (history) != 1)
    fuzz_fail ("input.csv: %u ideas imported in %u undo steps", n_ideas,
               cg_history_get_n_undo (history));
  if (n_ideas == 0 && cg_history_get_can_undo (history))
    fuzz_fail ("input.csv: nothing imported, yet there is an undo step");
  if (n_ideas > 0)
    {
      cg_history_undo (history);
      undone = cg_workshop_save_to_bytes (workshop);
      fuzz_assert_same_bytes (before, undone, "input.csv: import, undo");
      cg_history_redo (history);
      redone = cg_workshop_save_to_bytes (workshop);
      fuzz_assert_same_bytes (after, redone, "input.csv: import, undo, redo");
    }

  check_export_imports (workshop);
  return 0;
}

/* fuzz-load.c: fuzz target for the workshop file loader: refuse cleanly, or load and round-trip
 *
 * Any input either is refused with a CG_IO_ERROR naming the file, or loads; a loaded workshop
 * saves to bytes that load again and save to the same bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-fuzz"

#include "config.h"

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(CgWorkshop) workshop = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) csv = NULL;

  if (size > FUZZ_MAX_INPUT)
    return 0;

  workshop = fuzz_load ((const char *) data, size, "input.cgw");
  if (workshop == NULL)
    return 0;

  if (cg_history_get_can_undo (cg_workshop_get_history (workshop)) ||
      cg_history_get_modified (cg_workshop_get_history (workshop)))
    fuzz_fail ("input.cgw: a loaded workshop must start with an empty, clean history");

  saved = fuzz_save_and_check (workshop, "input.cgw");

  /* the other writer of a loaded workshop: only that it does not crash */
  csv = cg_csv_export (workshop, TRUE);
  if (csv == NULL)
    fuzz_fail ("input.cgw: CSV export gave no bytes");

  return 0;
}

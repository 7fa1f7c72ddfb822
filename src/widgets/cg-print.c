/* cg-print.c: printing a workshop's summary through GtkPrintOperation, each page drawn by the
 * summary renderer that also makes the PDF, so print and export cannot disagree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-print"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-print.h"

typedef struct
{
  CgWorkshop       *workshop;
  CgSummaryOptions *options;
  CgSummary        *summary;   /* laid out when printing begins */
  GtkWindow        *parent;    /* weak */
  gboolean          running;   /* printing goes on after gtk_print_operation_run() returned */
  gboolean          reported;  /* a failure has been shown */
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_object (&job->workshop);
  g_clear_object (&job->summary);
  g_clear_weak_pointer (&job->parent);
  cg_summary_options_free (job->options);
  g_free (job);
}

static void
show_error (PrintJob     *job,
            const GError *error)
{
  GtkWidget *dialog;

  if (job->reported)
    return;
  job->reported = TRUE;
  dialog = gtk_message_dialog_new (job->parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   "%s", _("The summary could not be printed"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            error != NULL ? error->message
                                                          : _("The printer gave no reason."));
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  g_clear_object (&job->summary);
  job->summary = cg_summary_new (job->workshop, job->options);
  gtk_print_operation_set_n_pages (operation, cg_summary_get_n_pages (job->summary));
}

/* Each page fills the paper the printer was given, keeping its proportions. */
static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double page_width, page_height, scale;

  cg_summary_get_page_size (job->summary, &page_width, &page_height);
  scale = MIN (width / page_width, height / page_height);

  cairo_save (cr);
  cairo_translate (cr, (width - page_width * scale) / 2, (height - page_height * scale) / 2);
  cg_summary_draw_page (job->summary, cr, page, scale);
  cairo_restore (cr);
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         PrintJob                *job)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      show_error (job, error);
    }
  /* Started in the background: this is the last we hear of it. */
  if (job->running)
    g_object_unref (operation);
}

void
cg_print_workshop (GtkWindow              *parent,
                   CgWorkshop             *workshop,
                   const CgSummaryOptions *options)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  PrintJob *job;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (CG_IS_WORKSHOP (workshop));
  g_return_if_fail (options != NULL);

  job = g_new0 (PrintJob, 1);
  job->workshop = g_object_ref (workshop);
  job->options = cg_summary_options_copy (options);
  g_set_weak_pointer (&job->parent, parent);

  operation = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (operation), "cg-print-job", job, print_job_free);

  paper = gtk_paper_size_new (options->paper == CG_PAPER_LETTER ? GTK_PAPER_NAME_LETTER
                                                                : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size (setup, paper);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* The summary has its own margins, in points. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, cg_workshop_get_title (workshop));
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), job);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                                    &error);
  if (result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    {
      job->running = TRUE;
      return;
    }
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (job, error);
  g_object_unref (operation);
}

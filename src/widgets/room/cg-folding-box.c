/* cg-folding-box.c: a child shown only when there is room for all of it
 *
 * The window's header counts every button in its narrowest width (cg-window-actions.c keeps
 * the window usable from 800 pixels). The room's buttons (show the board to the room, the
 * timer) each have a key and a menu item, so in a narrow header they fold away instead of
 * widening it: this box asks for no width, and shows its child only when given the child's
 * natural width.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-room"

#include "config.h"

#include "cg-folding-box.h"

struct _CgFoldingBox
{
  GtkWidget  parent_instance;

  GtkWidget *child;
};

static void cg_folding_box_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CgFoldingBox, cg_folding_box, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      cg_folding_box_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

static void
cg_folding_box_add_child (GtkBuildable *buildable,
                          GtkBuilder   *builder,
                          GObject      *child,
                          const char   *type)
{
  if (GTK_IS_WIDGET (child))
    cg_folding_box_set_child (CG_FOLDING_BOX (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
cg_folding_box_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = cg_folding_box_add_child;
}

static void
cg_folding_box_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  CgFoldingBox *self = CG_FOLDING_BOX (widget);
  int child_minimum = 0, child_natural = 0;

  if (self->child != NULL && gtk_widget_get_visible (self->child))
    gtk_widget_measure (self->child, orientation, -1, &child_minimum, &child_natural, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 0;
      *natural = child_natural;
    }
  else
    {
      *minimum = child_minimum;
      *natural = child_natural;
    }
}

static void
cg_folding_box_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  CgFoldingBox *self = CG_FOLDING_BOX (widget);
  int natural = 0;

  if (self->child == NULL)
    return;
  gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  gtk_widget_set_child_visible (self->child, width >= natural);
  if (width >= natural)
    gtk_widget_allocate (self->child, width, height, baseline, NULL);
}

GtkWidget *
cg_folding_box_get_child (CgFoldingBox *self)
{
  g_return_val_if_fail (CG_IS_FOLDING_BOX (self), NULL);
  return self->child;
}

gboolean
cg_folding_box_get_unfolded (CgFoldingBox *self)
{
  g_return_val_if_fail (CG_IS_FOLDING_BOX (self), FALSE);
  return self->child != NULL && gtk_widget_get_child_visible (self->child) &&
         gtk_widget_get_mapped (self->child);
}

void
cg_folding_box_set_child (CgFoldingBox *self,
                          GtkWidget    *child)
{
  g_return_if_fail (CG_IS_FOLDING_BOX (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
}

static void
cg_folding_box_dispose (GObject *object)
{
  CgFoldingBox *self = CG_FOLDING_BOX (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (cg_folding_box_parent_class)->dispose (object);
}

static void
cg_folding_box_class_init (CgFoldingBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_folding_box_dispose;
  widget_class->measure = cg_folding_box_measure;
  widget_class->size_allocate = cg_folding_box_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "cg-folding-box");
}

static void
cg_folding_box_init (CgFoldingBox *self)
{
}

GtkWidget *
cg_folding_box_new (void)
{
  return g_object_new (CG_TYPE_FOLDING_BOX, NULL);
}

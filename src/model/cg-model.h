/* cg-model.h: the whole workshop model in one include
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-action.h"
#include "cg-colours.h"
#include "cg-enums.h"
#include "cg-event.h"
#include "cg-history.h"
#include "cg-idea.h"
#include "cg-object.h"
#include "cg-participant.h"
#include "cg-series.h"
#include "cg-templates.h"
#include "cg-theme.h"
#include "cg-voice.h"
#include "cg-workshop.h"

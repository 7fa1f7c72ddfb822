/* cg-templates.c: theme sets from the recovery and co-design frameworks facilitators use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-templates"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-colours.h"
#include "cg-templates.h"

static const CgTemplateTheme dundee_themes[] = {
  { N_("First contacts"),
    N_("How people first meet the service: the first call, letter or visit, and how welcome, "
       "informed and listened to they feel.") },
  { N_("Alternatives to in-patient treatment"),
    N_("Support that could help someone through a crisis at home or in the community instead "
       "of a hospital stay.") },
  { N_("Third-sector links"),
    N_("Working with charities, community groups and peer organisations, and helping people "
       "reach them.") },
  { N_("Peer roles"),
    N_("Paid roles for people with lived experience of mental-health problems, and how to "
       "support them.") },
  { NULL, NULL }
};

static const CgTemplateTheme chime_themes[] = {
  { N_("Connectedness"),
    N_("Relationships, peer support and feeling part of a community.") },
  { N_("Hope and optimism"),
    N_("Believing that things can get better, and having people around who believe it too.") },
  { N_("Identity"),
    N_("Rebuilding a positive sense of who you are, beyond a diagnosis or label.") },
  { N_("Meaning in life"),
    N_("Roles, goals, purpose and the things that make life feel worth living.") },
  { N_("Empowerment"),
    N_("Having choice and control, taking responsibility and focusing on strengths.") },
  { NULL, NULL }
};

static const CgTemplateTheme imroc_themes[] = {
  { N_("Day-to-day interactions"),
    N_("What it is like, moment to moment, to use the service and to be treated by staff.") },
  { N_("Co-produced education and training"),
    N_("Training for staff, people who use services and carers, planned and taught "
       "together.") },
  { N_("A Recovery College"),
    N_("A place to learn about recovery and wellbeing, open to everyone, run as a college "
       "rather than a clinic.") },
  { N_("Organisational commitment and culture"),
    N_("Leaders and systems that back recovery in how the whole organisation works.") },
  { N_("Personalisation and choice"),
    N_("Support shaped around each person, with real choices about what help they get.") },
  { N_("Transforming the workforce"),
    N_("Peer workers in many roles and teams that value lived experience.") },
  { N_("Risk assessment and management"),
    N_("Working out safety together with the person, rather than deciding for them.") },
  { N_("Genuine partnership"),
    N_("Moving on from consulting people to sharing decisions with them as equals.") },
  { N_("Supporting staff in their recovery"),
    N_("Looking after the wellbeing of staff, including those with their own lived "
       "experience.") },
  { N_("A life beyond illness"),
    N_("Work, housing, friendship, learning and belonging outside mental-health services.") },
  { NULL, NULL }
};

static const CgTemplateTheme trauma_informed_themes[] = {
  { N_("Recognising how common trauma is"),
    N_("Expecting that many people have lived through trauma, and noticing how it can "
       "shape their lives.") },
  { N_("Resisting re-traumatisation"),
    N_("Spotting and changing the practices and places that can cause harm again.") },
  { N_("Cultural, historical and social context"),
    N_("Taking account of culture, history, gender, poverty and discrimination.") },
  { N_("Trustworthiness and transparency"),
    N_("Being open and honest about decisions, and doing what was promised.") },
  { N_("Collaboration and mutuality"),
    N_("Working alongside people and sharing power rather than doing things to them.") },
  { N_("Empowerment, choice and control"),
    N_("Building on people's strengths and offering real choices.") },
  { N_("Safety"),
    N_("Physical, psychological, social, moral and emotional safety, as people themselves "
       "define it.") },
  { N_("Survivor partnership and lived experience"),
    N_("Valuing peer support and the leadership of people who have lived through trauma.") },
  { N_("Pathways to trauma-specific care"),
    N_("Clear, easy routes to specialist support for those who want it.") },
  { NULL, NULL }
};

static const CgTemplateTheme culture_of_care_themes[] = {
  { N_("People and partnership"),
    N_("Lived experience, good relationships and choice at the centre of care.") },
  { N_("Safety and harm reduction"),
    N_("Keeping people safe, avoiding harm and being open when things go wrong.") },
  { N_("Equity and inclusion"),
    N_("Fairness for everyone, welcoming surroundings and things worth doing each day.") },
  { N_("Practice and support"),
    N_("Care led by what people need, therapeutic support, and support for staff.") },
  { NULL, NULL }
};

static const CgTemplateTheme co_design_themes[] = {
  { N_("Share power"),
    N_("Noticing who holds power in the room and handing more of it to the people with least.") },
  { N_("Prioritise relationships"),
    N_("Taking time to build trust and care between people before and during the work.") },
  { N_("Use participatory means"),
    N_("Activities that let everyone take part in the way that suits them.") },
  { N_("Build capability"),
    N_("Helping everyone gain the skills and confidence to take part and to lead.") },
  { NULL, NULL }
};

static const CgTemplateTheme five_ways_themes[] = {
  { N_("Connect"),
    N_("Time with family, friends, neighbours and colleagues.") },
  { N_("Be active"),
    N_("Moving in ways you enjoy, indoors or out.") },
  { N_("Take notice"),
    N_("Being curious and aware of the world and of how you feel.") },
  { N_("Keep learning"),
    N_("Trying something new or picking up an old interest.") },
  { N_("Give"),
    N_("Doing something for others, from a kind word to volunteering.") },
  { NULL, NULL }
};

static const CgTemplateTheme realising_recovery_themes[] = {
  { N_("Knowledge"),
    N_("What practitioners need to understand about recovery and the people they work "
       "with.") },
  { N_("Skills"),
    N_("What practitioners need to be able to do to support someone's own recovery.") },
  { N_("Values"),
    N_("The attitudes that underpin recovery-focused practice: hope, respect and "
       "partnership.") },
  { NULL, NULL }
};

static const CgTemplateTheme refocus_themes[] = {
  { N_("Understanding values"),
    N_("Finding out what matters most to the person and letting it guide their care.") },
  { N_("Assessing strengths"),
    N_("Looking at what the person and those around them already do well.") },
  { N_("Supporting goal-striving"),
    N_("Helping people set and work towards goals that are their own.") },
  { N_("Recovery-promoting relationships"),
    N_("Working relationships built on partnership, coaching and hope.") },
  { NULL, NULL }
};

static const CgTemplateTheme young_people_themes[] = {
  { N_("Hope"),
    N_("Living hopefully: believing a good future is possible.") },
  { N_("Control"),
    N_("Taking charge of your problems and your life, with support.") },
  { N_("Opportunity"),
    N_("Going after your dreams and ambitions.") },
  { N_("Family"),
    N_("Parents, brothers and sisters and other relatives, who face recovery too, for "
       "themselves and for the young person.") },
  { NULL, NULL }
};

/* Translators: the last string of each template is the title of a new workshop made from it;
 * %s is the date, as in "CHIME workshop, 4 December 2026" */
static const CgTemplate templates[] = {
  { "dundee", N_("Dundee MHO outcomes"),
    N_("Dundee Mental Health Officer service redesign with Making Recovery Real"),
    dundee_themes,
    N_("Dundee MHO workshop, %s") },
  { "chime", N_("CHIME recovery processes"),
    N_("Leamy and colleagues (2011), personal recovery framework"),
    chime_themes,
    N_("CHIME workshop, %s") },
  { "imroc", N_("ImROC ten organisational challenges"),
    N_("Implementing Recovery through Organisational Change (ImROC)"),
    imroc_themes,
    N_("ImROC workshop, %s") },
  { "trauma-informed", N_("Trauma-informed approaches"),
    N_("Sweeney and colleagues (2016), nine principles"),
    trauma_informed_themes,
    N_("Trauma-informed workshop, %s") },
  { "culture-of-care", N_("Culture of Care"),
    N_("Dorset Wellbeing and Recovery Partnership"),
    culture_of_care_themes,
    N_("Culture of Care workshop, %s") },
  { "co-design", N_("Co-design principles"),
    N_("McKercher (2023)"),
    co_design_themes,
    N_("Co-design principles workshop, %s") },
  { "five-ways", N_("Five ways to wellbeing"),
    N_("Foresight project on mental capital and wellbeing"),
    five_ways_themes,
    N_("Five ways to wellbeing workshop, %s") },
  { "realising-recovery", N_("Realising Recovery"),
    N_("NHS Education for Scotland and Scottish Recovery Network (2007)"),
    realising_recovery_themes,
    N_("Realising Recovery workshop, %s") },
  { "refocus", N_("REFOCUS"),
    N_("Bird and colleagues (2011), recovery-promoting working practices"),
    refocus_themes,
    N_("REFOCUS workshop, %s") },
  { "young-people", N_("Recovery in young people's services"),
    N_("Recovery components for children and young people's mental-health services"),
    young_people_themes,
    N_("Young people’s recovery workshop, %s") },
};

guint
cg_templates_get_n_templates (void)
{
  return G_N_ELEMENTS (templates);
}

const CgTemplate *
cg_templates_get_nth (guint n)
{
  g_return_val_if_fail (n < G_N_ELEMENTS (templates), NULL);

  return &templates[n];
}

const CgTemplate *
cg_templates_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    if (g_str_equal (templates[i].id, id))
      return &templates[i];
  return NULL;
}

guint
cg_template_get_n_themes (const CgTemplate *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  while (self->themes[n].name != NULL)
    n++;
  return n;
}

void
cg_templates_apply (const CgTemplate *self,
                    CgWorkshop       *workshop)
{
  CgHistory *history;
  g_autofree char *label = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (CG_IS_WORKSHOP (workshop));

  history = cg_workshop_get_history (workshop);
  /* Translators: an undo step; %s is a framework such as "CHIME recovery processes" */
  label = g_strdup_printf (_("Add themes from %s"), _(self->name));

  cg_history_begin_group (history, label);
  for (guint i = 0; self->themes[i].name != NULL; i++)
    {
      const CgTemplateTheme *entry = &self->themes[i];
      g_autoptr(CgTheme) theme = cg_theme_new (_(entry->name), cg_colours_next_theme (workshop));

      if (entry->description != NULL)
        cg_theme_set_description (theme, _(entry->description));
      cg_theme_set_framework (theme, self->id);
      cg_workshop_add (workshop, theme);
    }
  cg_history_end_group (history);
}

char *
cg_template_dup_workshop_title (const CgTemplate *self,
                                GDateTime        *day)
{
  g_autoptr(GDateTime) today = NULL;
  g_autofree char *date = NULL;

  if (day == NULL)
    day = today = g_date_time_new_now_local ();
  /* Translators: the date in a new workshop's title, as in "CHIME workshop, 4 December 2026";
   * see g_date_time_format(). xgettext:no-c-format */
  date = g_date_time_format (day, _("%-d %B %Y"));
  if (self == NULL)
    /* Translators: the title of a new workshop made without a template; %s is its date, as in
     * "Co-design workshop, 4 December 2026" */
    return g_strdup_printf (_("Co-design workshop, %s"), date);
  return g_strdup_printf (_(self->workshop_title), date);
}

/* The four groups co-design brings together as equals, with colours far apart from each other
 * and readable on white and on dark grey. */
static const struct
{
  const char *name;
  const char *colour;
} standard_voices[] = {
  { N_("Lived experience"), "#c64600" },
  { N_("Family and carers"), "#1c71d8" },
  { N_("Staff and practitioners"), "#26a269" },
  { N_("Community and third sector"), "#9141ac" },
};

void
cg_templates_add_standard_voices (CgWorkshop *workshop)
{
  CgHistory *history;

  g_return_if_fail (CG_IS_WORKSHOP (workshop));

  history = cg_workshop_get_history (workshop);
  cg_history_begin_group (history, _("Add the usual voices"));
  for (guint i = 0; i < G_N_ELEMENTS (standard_voices); i++)
    {
      g_autoptr(CgVoice) voice = cg_voice_new (_(standard_voices[i].name),
                                               standard_voices[i].colour);

      cg_workshop_add (workshop, voice);
    }
  cg_history_end_group (history);
}

// Which occupation a posting's pay should be measured against, by written rules rather than one fixed
// class. The rules follow O*NET's occupation descriptions and sample job titles (O*NET OnLine, US DOL/ETA,
// CC BY 4.0) and the first step of the DOL wage-level worksheet ("Use the O*NET ... to determine the
// appropriate O*NET-SOC code based on the job title" and duties; ETA Prevailing Wage Determination Policy
// Guidance, Nonagricultural Immigration Programs, revised November 2009, Appendix A, Step 1):
//   1. A title that names a manager of program/project managers, a director, a head of or a VP: a
//      management occupation. Technical: 11-3021 Computer and Information Systems Managers (O*NET sample
//      titles "Information Technology Director", "Director of Application Development"); otherwise
//      11-9199 Managers, All Other.
//   2. Duties that supervise staff (direct reports, people management, hiring and building a team of
//      managers or engineers): 11-3021, whose O*NET tasks include "Recruit, hire, train and supervise
//      staff". Owning a department's budget ("Control operational budget and expenditures") is named as
//      a further reason but never decides alone: IT project managers manage project budgets too.
//   3. A technical project/program manager: 15-1299 (O*NET 15-1299.09 Information Technology Project
//      Managers: "IT Project Manager", "IT Program Manager", "Scrum Master"). Seniority words (senior,
//      staff, principal, lead) mark an experienced worker, not a different occupation; the worksheet
//      weighs experience through the years asked (./wage-level.ts).
//   4. A project/program manager outside technology: 13-1082 Project Management Specialists (sample
//      titles "Project Coordinator", "Project Delivery Manager", "Human Resources Project Manager").
//   5. Anything else: 15-1299, the default class for TPM postings.
import {vocabularies} from '../scan';
import {DEFAULT_SOC, occupationProfile} from './occupations';

export interface OccupationChoice {
  soc: string;
  title: string;
  /** Why this occupation, in the order the rules were read. */
  why: string[];
  /** 'rules' when the posting decided it, 'user' when the reader chose it. */
  by: 'rules' | 'user';
}

/** Titles that name a people manager of project/program managers, or a director, head of, VP. */
const DIRECTOR_TITLE = /\b(?:director|head of|vice president|vp|chief)\b/i;
const MANAGER_OF_PMS_TITLE = [
  /^(?:senior |sr\.? |group |associate )?manager\b\s*[,:\u2013\u2014-]/i,
  /\b(?:tpms?|program management|project management|pmo)\s+(?:senior\s+)?manager\b/i,
  /\bmanager of (?:technical )?(?:program|project)s?\b/i,
];
/** Seniority words: an experienced worker in the same occupation (DOL guidance, Level III/IV indicators). */
const SENIORITY_TITLE = /\b(?:senior|sr\.?|staff|principal|lead|distinguished|group)\b/i;
const PM_TITLE =
  /\b(?:program|project|programme|delivery)\s+(?:manager|management|lead|coordinator|director)\b|\btpms?\b|\bscrum master\b|\bpmo\b/i;
const TECH_TITLE =
  /\b(?:tpm|technical|technology|it|information|software|engineering|data|cloud|infrastructure|systems?|platform|security|cyber\w*|network\w*|digital|ai|machine learning|ml|hardware|firmware|devops|sre|site reliability|product)\b/i;

/** Sentences that give the role authority over staff (DOL worksheet Step 5 reads the same duty). */
const SUPERVISION = [
  /\bdirect reports?\b/i,
  /\bpeople[- ](?:manager|management)\b/i,
  /\bpeople leader(?:ship)?\b/i,
  /\bsupervis(?:e|es|ing)\s+(?:a\s+|the\s+)?(?:staff|employees|team|personnel)\b/i,
  /\bsupervisory (?:experience|responsibilit\w+|duties|authority)\b/i,
  /\b(?:build(?:ing)?|grow(?:ing)?|manag(?:e|es|ing)|lead(?:ing)?|hir(?:e|ing))(?:\s+(?:and|&)\s+(?:lead(?:ing)?|manag(?:e|ing)|grow(?:ing)?|develop(?:ing)?|mentor(?:ing)?))?\s+(?:a\s+|the\s+|your\s+)?(?:\w+\s+){0,2}team\s+of\s+(?:\d+\+?\s+)?(?:\w+\s+)?(?:technical program managers|program managers|project managers|tpms|engineers|managers|people|employees|staff|analysts)\b/i,
  /\b(?:conduct(?:ing)?|deliver(?:ing)?|writ(?:e|ing))\s+performance reviews\b/i,
  /\b(?:hiring|recruiting|disciplining|supervising|appraising|counsell?ing)\s+(?:(?:the|new|all)\s+)?(?:employees|staff|direct reports|team members)\b/i,
  /\b(?:hire|hiring|recruit(?:ing)?)\s*(?:,|and|&)\s*(?:develop|grow|retain|mentor|coach|manage)\w*\s+(?:a\s+|the\s+|your\s+)?(?:\w+\s+)?(?:team|staff|talent|people)\b/i,
];
const BUDGET =
  /\b(?:own(?:s|ing)?|manag(?:e|es|ing)|control(?:s|ling)?|prepar(?:e|es|ing)|responsib\w+ for)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}(?:department(?:al)?|operational|operating|annual|organi[sz]ation(?:al)?|team|pmo)\s+budgets?\b|\bp&l\b|\bbudget (?:ownership|authority)\b/i;

/** The scan's groups: each supervision pattern, then budget. */
const DUTY_GROUPS = vocabularies.add([...SUPERVISION.map((pattern) => [pattern.source]), [BUDGET.source]]);
const BUDGET_GROUP = DUTY_GROUPS + SUPERVISION.length;

export interface RoleDuties {
  /** The first sentence that gives the role authority over staff, or null. */
  supervision: string | null;
  budget: string | null;
}

const clip = (sentence: string) => (sentence.length > 140 ? `${sentence.slice(0, 139)}\u2026` : sentence);

/** What the posting's own sentences say about supervising staff and owning a budget. */
export function readRoleDuties(sentences: readonly string[]): RoleDuties {
  // The posting's one vocabulary scan lists the duty groups whose strings each sentence holds: the patterns run on
  // those only, and a sentence that holds none costs nothing (asking the scan about each group of each sentence cost
  // more than the patterns).
  const {offsets, groups} = vocabularies.scan(sentences).list(DUTY_GROUPS, SUPERVISION.length + 1);
  let supervision: string | null = null;
  let budget: string | null = null;
  for (let index = 0; index < sentences.length && (supervision === null || budget === null); index++) {
    const sentence = sentences[index]!;
    for (let at = offsets[index]!; at < offsets[index + 1]!; at++) {
      const group = groups[at]!;
      if (group === BUDGET_GROUP) {
        if (budget === null && BUDGET.test(sentence)) budget = sentence;
      } else if (supervision === null && SUPERVISION[group - DUTY_GROUPS]!.test(sentence)) supervision = sentence;
    }
  }
  return {supervision: supervision && clip(supervision), budget: budget && clip(budget)};
}

function choice(soc: string, why: string[], by: OccupationChoice['by'] = 'rules'): OccupationChoice {
  const profile = occupationProfile(soc);
  return {soc, title: profile?.onetTitle ?? soc, why, by};
}

export interface ChooseOccupationInput {
  title: string;
  duties: RoleDuties;
  /** The detector's verdict: a technical project/program manager role. */
  technical: boolean;
}

/** The occupation the posting itself points to (rules 1-5 above), with the reasons in words. */
export function chooseOccupation({title, duties, technical}: ChooseOccupationInput): OccupationChoice {
  const quoted = `"${title.trim()}"`;
  const techTitle = TECH_TITLE.test(title);
  const techRole = technical || techTitle;
  const budgetReason = duties.budget
    ? [`owns a budget ("${duties.budget}"): 11-3021's tasks include "Control operational budget and expenditures"`]
    : [];
  const director = DIRECTOR_TITLE.exec(title);
  const managerOf = MANAGER_OF_PMS_TITLE.some((pattern) => pattern.test(title));
  if (director || managerOf) {
    const what = director
      ? `the title ${quoted} names a ${director[0].toLowerCase()}`
      : `the title ${quoted} names a manager of project/program managers`;
    if (techRole)
      return choice('11-3021', [
        `${what} in technology: O*NET 11-3021 lists titles such as "Information Technology Director" and "Director of Application Development"`,
        ...budgetReason,
      ]);
    return choice('11-9199', [
      `${what} outside technology: a management occupation not listed separately (SOC 11-9199)`,
      ...budgetReason,
    ]);
  }
  if (duties.supervision && (techRole || PM_TITLE.test(title))) {
    return choice('11-3021', [
      `the duties include supervising staff ("${duties.supervision}"): O*NET 11-3021's tasks include "Recruit, hire, train and supervise staff"`,
      ...budgetReason,
    ]);
  }
  const seniority = SENIORITY_TITLE.exec(title);
  const seniorityNote = seniority
    ? [
        `"${seniority[0]}" in the title marks an experienced worker in the same occupation; the wage level weighs it through the years asked`,
      ]
    : [];
  if (techRole && (technical || PM_TITLE.test(title))) {
    return choice(DEFAULT_SOC, [
      `a technical project/program manager role: O*NET 15-1299.09 Information Technology Project Managers (sample titles "IT Project Manager", "IT Program Manager"), wage class 15-1299`,
      ...seniorityNote,
    ]);
  }
  if (PM_TITLE.test(title)) {
    return choice('13-1082', [
      `a project/program manager outside technology (${quoted}): O*NET 13-1082 Project Management Specialists (sample titles "Project Coordinator", "Project Delivery Manager")`,
      ...seniorityNote,
    ]);
  }
  return choice(DEFAULT_SOC, [
    'no rule matched the title or duties: the default class for TPM postings, 15-1299 (O*NET 15-1299.09 Information Technology Project Managers)',
  ]);
}

/** The reader's own choice, kept beside what the posting suggested. */
export function userOccupation(soc: string, suggested: OccupationChoice): OccupationChoice {
  const suggestion =
    suggested.soc === soc
      ? 'the posting suggests the same'
      : `the posting suggests ${suggested.soc} ${suggested.title} (${suggested.why[0] ?? ''})`;
  return choice(soc, [`you chose ${soc}; ${suggestion}`], 'user');
}

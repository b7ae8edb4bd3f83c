import {kindOf, type ChecklistId, type ChecklistKind} from './ids';

/**
 * One checklist item as data. Patterns are regular-expression sources matched case-insensitively
 * against one normalised sentence at a time; `unless` patterns veto a sentence (e.g. "no travel").
 * Weights say how much an item matters to a TPM listing's completeness (1 = usual, 2 = core).
 */
export interface ChecklistItem {
  id: ChecklistId;
  kind: ChecklistKind;
  label: string;
  description: string;
  weight: number;
  patterns: string[];
  unless?: string[];
}

type ItemData = Omit<ChecklistItem, 'kind'>;

const ITEMS: ItemData[] = [
  {
    id: 'degree',
    label: 'Degree',
    description: "A bachelor's degree in a technical or business field, or an IT certification instead.",
    weight: 1,
    patterns: [String.raw`\b(?:bachelor'?s?|master'?s?|b\.?s\.?|b\.?a\.?|m\.?s\.?|mba|ph\.?d|degree)\b`],
  },
  {
    id: 'experience',
    label: 'Years of experience',
    description: 'A stated minimum of years in technical or project roles.',
    weight: 2,
    patterns: [String.raw`\b\d+\+?\s*(?:-\s*\d+\s*)?years?\b`],
  },
  {
    id: 'pm-certification',
    label: 'PM certification',
    description: 'A project-management certification such as PMP, PRINCE2 or a Scrum credential.',
    weight: 1,
    patterns: [String.raw`\b(?:PMP|CAPM|PgMP|PRINCE2|CSM|PSM|PMI-ACP|SAFe|ITIL|Six Sigma)\b`],
  },
  {id: 'mentoring', label: 'Mentoring', description: 'Coaching and developing other people.', weight: 1, patterns: [String.raw`\bmentor`, String.raw`\bcoach`]},
  {id: 'communication', label: 'Communication', description: 'Clear written and spoken communication.', weight: 2, patterns: [String.raw`\bcommunicat`]},
  {id: 'team-leadership', label: 'Team leadership', description: 'Leading teams and owning decisions.', weight: 2, patterns: [String.raw`\blead(?:ing)? (?:a |the )?teams?\b`]},
  {id: 'risk-management', label: 'Risk management', description: 'Spotting risks early and mitigating them.', weight: 2, patterns: [String.raw`\brisks?\b`]},
  {id: 'stakeholder-management', label: 'Stakeholder management', description: 'Working with every level, executives to engineers.', weight: 2, patterns: [String.raw`\bstakeholders?\b`]},
  {id: 'multi-project', label: 'Several projects at once', description: 'Juggling parallel projects and shifting deadlines.', weight: 1, patterns: [String.raw`\bmultiple (?:projects|programs)\b`]},
  {id: 'technical-skills', label: 'Technical background', description: 'A real technical background and work with engineering.', weight: 2, patterns: [String.raw`\btechnical\b`]},
  {id: 'prioritization', label: 'Prioritisation', description: 'Setting priorities across teams.', weight: 1, patterns: [String.raw`\bprioriti`]},
  {id: 'organization', label: 'Organisation', description: 'Organised, detail-oriented work.', weight: 1, patterns: [String.raw`\borgani[sz]ational skills\b`, String.raw`\bdetail[- ]oriented\b`]},
  {id: 'initiative', label: 'Initiative', description: 'Ownership, proactivity and openness to feedback.', weight: 1, patterns: [String.raw`\binitiative\b`, String.raw`\bproactiv`]},
  {id: 'delivery', label: 'On-time delivery', description: 'Delivering on time, on budget and in scope.', weight: 2, patterns: [String.raw`\bdeliver`]},
  {id: 'planning', label: 'Project planning', description: 'Writing plans and aligning them with business goals.', weight: 2, patterns: [String.raw`\bproject plans?\b`]},
  {id: 'reporting', label: 'Status reporting', description: 'Tracking progress and reporting on milestones.', weight: 1, patterns: [String.raw`\bstatus\b`]},
  {id: 'problem-solving', label: 'Problem solving', description: 'Finding issues and improving processes.', weight: 1, patterns: [String.raw`\bproblem[- ]solving\b`]},
  {id: 'cost-benefit', label: 'Budget and ROI', description: 'Budgets, cost-benefit and return on investment.', weight: 1, patterns: [String.raw`\bbudgets?\b`]},
  {id: 'executive-presentation', label: 'Executive presentations', description: 'Presenting plans to leadership.', weight: 1, patterns: [String.raw`\bpresent\w* to (?:executives|leadership)\b`]},
  {id: 'vendor-management', label: 'Vendors and resources', description: 'Vendors, contracts and acquiring resources.', weight: 1, patterns: [String.raw`\bvendors?\b`]},
  {id: 'customer-engagement', label: 'Customer engagement', description: 'Working directly with customers and following trends.', weight: 1, patterns: [String.raw`\bcustomers?\b`]},
];

export const CHECKLIST: readonly ChecklistItem[] = ITEMS.map((item) => ({...item, kind: kindOf(item.id)}));

export function checklistItem(id: ChecklistId): ChecklistItem {
  const item = CHECKLIST.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`Unknown checklist id: ${id}`);
  return item;
}

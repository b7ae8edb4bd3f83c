// The checklist ids are a contract with ../shared/spec/qualifications.md: stored profiles,
// the analysis JSON and tests all use them. Never rename one.
export const QUALIFICATION_IDS = [
  'degree',
  'experience',
  'pm-certification',
  'mentoring',
  'communication',
  'team-leadership',
  'risk-management',
  'stakeholder-management',
  'multi-project',
  'technical-skills',
  'prioritization',
  'organization',
  'initiative',
] as const;

export const RESPONSIBILITY_IDS = [
  'delivery',
  'planning',
  'reporting',
  'problem-solving',
  'cost-benefit',
  'executive-presentation',
  'vendor-management',
  'customer-engagement',
] as const;

export const CHECKLIST_IDS = [...QUALIFICATION_IDS, ...RESPONSIBILITY_IDS] as const;

export type QualificationId = (typeof QUALIFICATION_IDS)[number];
export type ResponsibilityId = (typeof RESPONSIBILITY_IDS)[number];
export type ChecklistId = QualificationId | ResponsibilityId;
export type ChecklistKind = 'qualification' | 'responsibility';

/** Ids scored through structured requirements (years, degree, certifications), not through phrases. */
export const REQUIREMENT_IDS = ['degree', 'experience', 'pm-certification'] as const satisfies readonly ChecklistId[];

export function kindOf(id: ChecklistId): ChecklistKind {
  return (QUALIFICATION_IDS as readonly string[]).includes(id) ? 'qualification' : 'responsibility';
}

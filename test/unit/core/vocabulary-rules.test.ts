// The vocabulary rules written from the language of postings (issue 12): each rule with the real
// sentences it is for and the traps it must leave alone, then the evidence it keeps on whole postings.
import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {detectTechnicalProjectManager} from '../../../src/core/detect';
import type {ChecklistId} from '../../../src/core/ids';
import {matchChecklist} from '../../../src/core/match';
import {splitSentences} from '../../../src/core/text';
import {postingFromRow} from '../../../src/cli/inputs';
import {devRows, haveRealPostings} from '../../support/dev-postings';

const shown = (sentence: string) =>
  new Set(
    matchChecklist([sentence])
      .filter((item) => item.present)
      .map((item) => item.id),
  );

// Sentences quoted from ../shared/data/postings/dev.jsonl unless marked invented.
const SHOWS: Array<[ChecklistId, string]> = [
  // Status reporting: statuses, milestones named in lists, progress kept in view.
  ['reporting', 'Communicate program statuses, identifying potential setbacks, including vendor tooling schedules'],
  ['reporting', 'Lead creating and maintaining credible and data-driven schedules and milestones.'],
  [
    'reporting',
    'Clearly communicate the technology, requirements, objectives, and milestones for your programs and teams',
  ],
  ['reporting', 'Facilitates project communication including risks, issues and deviations from plan.'],
  [
    'reporting',
    'Confirms achievement of objectives, verifies and documents project results to formalize acceptance by the sponsor.',
  ],
  ['reporting', 'Manage a portfolio of technology M&A programs - schedule, deliverables, cost and resources.'],
  ['reporting', 'Define and own key metrics and performance indicators'],
  ['reporting', 'Keep leadership and the broader organization aligned on progress and milestones'],
  // Several projects at once and shifting conditions.
  ['multi-project', 'Experience operating autonomously across multiple teams and programs'],
  [
    'multi-project',
    'Demonstrated experience to operate in ambiguous, deadline focused environment with minimal supervision',
  ],
  ['multi-project', 'Leadership: Lead and motivate cross-functional teams in a dynamic environment'],
  ['multi-project', 'Able to run three workstreams in parallel.'], // invented
  ['multi-project', 'Adapts quickly to changing business needs.'], // invented
  // Team leadership: personal responsibility, directing people's work.
  ['team-leadership', 'Ability to take responsibility for projects and manage through to completion.'],
  [
    'team-leadership',
    'Schedule and monitor engineers to ensure milestones, schedule, scope, cost, and quality are met.',
  ],
  ['team-leadership', 'Proven track record in coordinating a team of engineers for a variety of projects.'],
  // Problem solving.
  [
    'problem-solving',
    'Identify and solve systemic, organizational-wide problems, influence, and build strong relationships.',
  ],
  [
    'problem-solving',
    'Champion high-quality engineering and operations by establishing metrics and processes for continuous evaluation and improvement.',
  ],
  ['problem-solving', 'Lead internal process enhancements across teams and functions as needed'],
  // Cost as a managed dimension.
  ['cost-benefit', 'Proven bottom line project management experience (Planning, Cost, & Delivery)'],
  ['cost-benefit', 'Manage a portfolio of technology M&A programs - schedule, deliverables, cost and resources.'],
  // Executive presentation: winning approval from the top.
  [
    'executive-presentation',
    'Define deliverable content and ensure buy-in of proposed solutions from client top management',
  ],
  // Organisation: bringing order.
  ['organization', 'Ability to operate in an environment of ambiguity and create order, with a motivated approach.'],
  ['organization', 'Organizational, coordination and multi-tasking experience'],
  // Delivery: through launch, launches, execution of the schedule.
  [
    'delivery',
    'End-to-end coordination of softgoods engineering, design, and validation from product discovery through launch',
  ],
  [
    'delivery',
    'Manage critical product launches, financial close processes, server patches, and high-volume visible programs',
  ],
  ['delivery', 'Drive the execution of the schedule and manage day to day activities of the program'],
  // Planning across the phases of a lifecycle.
  [
    'planning',
    'Manage the entire product development lifecycle, including the documentation, design, development, testing, release, support, and revision of products and product services.',
  ],
  // Vendors: partners and manufacturers managed.
  [
    'vendor-management',
    'Define program requirements, deliverables, schedule and track progress, coordinate collaborations with other internal teams as well as manage partners for Cameras / Sensor systems',
  ],
  ['vendor-management', 'Experience working with contract manufacturers and softgoods suppliers'],
  // Executive presentation: reporting to and influencing the top.
  ['executive-presentation', 'Executive Reporting Skills on Company Strategic Goals progress.'],
  [
    'executive-presentation',
    'Excellent communicator and strong partnership skills with the ability to interface and influence across the organization, including executive leadership.',
  ],
  // Prioritisation: priorities set, balanced, understood or kept clear.
  ['prioritization', 'Strong understanding of business priorities'],
  ['prioritization', 'Resolve conflicts, maintain clarity on priorities and drive progress on execution'],
  [
    'prioritization',
    'Ability to prioritize among competing demands and achieve success with aggressive timelines and limited resources.',
  ],
];

// Traps: the words of a rule without the duty.
const DOES_NOT_SHOW: Array<[ChecklistId, string]> = [
  [
    'problem-solving',
    'Experience in industries such as technology, healthcare, or finance, where WINDOWS OS is applied to solve real-world problems.',
  ],
  ['reporting', 'Verifies application results by conducting system audits of technologies implemented.'],
  ['reporting', 'Please share your work authorization/Visa status (USC/GC/EAD/H1).'],
  ['team-leadership', '**Transform yourself and take responsibility for...**'],
  ['cost-benefit', 'Competitive pay that keeps up with the cost of living.'], // invented
  ['organization', 'Create order forms for the warehouse team.'], // invented
  ['multi-project', 'Work cross-functionally with multiple teams and stakeholders.'],
  ['delivery', 'We deliver groceries to your door.'],
  [
    'customer-engagement',
    'Ability to meet Microsoft, customer and/or government security screening requirements are required for this role.',
  ],
  ['stakeholder-management', '2+ years of experience managing cross-functional and/or cross-team projects.'],
  ['stakeholder-management', 'If the list below aligns with your personality and knowledge, then apply now!'],
  [
    'prioritization',
    'Deep understanding and experience of the Intelligence and/or Security domain(s), key challenges, priorities, and stakeholders',
  ],
  [
    'prioritization',
    'Experience working in complex and agile environments, with a proven ability to adapt to rapidly changing requirements and priorities',
  ],
  // The employer describing itself in the third person.
  [
    'customer-engagement',
    "The company enjoys the industry's highest levels of client satisfaction and has received many awards for its strong employee culture.",
  ],
  [
    'multi-project',
    'With over 10,000 employees worldwide, InPost Group is one of the largest out of home delivery providers in Europe, committed to fast-paced growth.',
  ],
  [
    'cost-benefit',
    'Medius, a prominent global provider of cloud-based spend management solutions, joins forces with Expensya, a pioneering expense management company.',
  ],
  [
    'problem-solving',
    'VND is a software and IT company in San Antonio, Texas, specializing in creating efficient tech solutions like web dashboards.',
  ],
];

describe('vocabulary rules on real sentences', () => {
  it.each(SHOWS)('%s: "%s"', (id, sentence) => {
    expect(shown(sentence)).toContain(id);
  });

  it.each(DOES_NOT_SHOW)('not %s: "%s"', (id, sentence) => {
    expect(shown(sentence)).not.toContain(id);
  });

  it('keeps a job title described in the third person as evidence', () => {
    expect(
      shown('The Project Manager is a key member of the delivery organization and owns the project schedule.'),
    ).toContain('planning');
    // The shifting priorities stay with several-projects-at-once.
    expect(
      shown(
        'Experience working in complex and agile environments, with a proven ability to adapt to rapidly changing requirements and priorities',
      ),
    ).toContain('multi-project');
  });
});

const lines = (...sentences: string[]) => splitSentences(sentences.join('\n'));
const isTpm = (title: string, text: string[]) => detectTechnicalProjectManager(title, text).isTechnicalProjectManager;

describe('detection: what the program is about', () => {
  it('a generic program manager over hardware engineering is a TPM', () => {
    // Meta, "Mechanicals Program Manager" (dev).
    const text = lines(
      'Drive day-to-day tooling, molding and secondary operation activities to meet the overall program objectives with a heavy focus on plastic/metal tooling release',
      'Create and maintain program schedules, track program progress, risk identification and mitigation',
      'Work with cross functional partner teams to drive engineering build and mass-production readiness for Mechanical Components',
      'Experience in launching high cosmetic, consumer electronics products',
      'Help to drive Failure Analysis Corrective Action and yield improvements',
    );
    expect(isTpm('Mechanicals Program Manager', text)).toBe(true);
  });

  it('a technical program manager of device materials stays a TPM despite its suppliers', () => {
    // Meta, "Technical Program Manager, Reality Labs Softgoods" (dev).
    const text = lines(
      'End-to-end coordination of softgoods engineering, design, and validation from product discovery through launch',
      'Guide the team through ambiguous requirements definition, sourcing cross-functional inputs and influencing to find an optimized solution',
      'Collaborate closely with APAC suppliers for builds',
      'Demonstrated proficiency in consumer electronics design cycles',
      'Experience working with contract manufacturers and softgoods suppliers',
      'Experience working on JDM (joint design and manufacturing) supplier engagement models',
    );
    expect(isTpm('Technical Program Manager, Reality Labs Softgoods', text)).toBe(true);
  });

  it('a generic project manager of audio-visual installations is a TPM', () => {
    // Invented in the words of AV integration postings.
    const text = lines(
      'Manage audio-visual projects from design through installation and commissioning.',
      'Coordinate AV technicians, programmers and engineers to deliver video conferencing rooms on schedule.',
      'Track project milestones, budgets and change requests.',
      'Experience with control systems programming and digital signage is a plus.',
    );
    expect(isTpm('Project Manager', text)).toBe(true);
  });

  it('programs about communications, channels, teaching or enablement are not TPM roles', () => {
    const tooling = lines(
      'Manage project plans and milestones for the program.',
      'Use Jira and Smartsheet to track deliverables across software teams.',
    );
    expect(isTpm('Internal Communications Program Manager', tooling)).toBe(false);
    expect(isTpm('Channel Program Manager', tooling)).toBe(false);
    expect(isTpm('Project Management Instructor', tooling)).toBe(false);
    expect(isTpm('Enablement Operations Program Manager', tooling)).toBe(false);
    expect(isTpm('Business Program Manager-Programs', tooling)).toBe(false);
    expect(isTpm('Business Systems Project Manager', tooling)).toBe(true);
    // Traps: communications technology stays technical.
    expect(isTpm('Unified Communications Project Manager', tooling)).toBe(true);
    expect(isTpm('Telecommunications Project Manager', tooling)).toBe(true);
  });

  it('a program that teaches reads its teaching in the text', () => {
    // Meta, "Enablement Operations Program Manager" (dev), under a neutral title.
    const text = lines(
      'Lead Enablement Initiatives: Manage and execute projects with clear KPIs',
      'Foster Data Literacy: Coach and mentor team members to enhance analytical skills',
      'Experience designing and delivering training programs, especially to build data literacy and analytical skills',
      'Proficiency in data analysis and visualization tools (e.g., Tableau, Power BI, SQL, Excel)',
    );
    expect(isTpm('Operations Program Manager', text)).toBe(false);
  });
});

// Whole postings of the dev split: the sentence kept as evidence must be the one that shows the item.
const rows = new Map(devRows().map((row) => [row.id, row]));
const evidence = (postingId: string, id: ChecklistId) =>
  analyze(postingFromRow(rows.get(postingId)!)).checklist.find((item) => item.id === id)!.evidence;

describe.skipIf(!haveRealPostings)('evidence kept on real postings (../shared/data/postings/dev.jsonl)', () => {
  it.each([
    [
      'google_job_skills:873ab0a712',
      'reporting',
      'Lead creating and maintaining credible and data-driven schedules and milestones.',
    ],
    [
      'google_job_skills:142fe08e2b',
      'cost-benefit',
      'Manage a portfolio of technology M&A programs - schedule, deliverables, cost and resources.',
    ],
    [
      'google_job_skills:68d5a4d95e',
      'team-leadership',
      'Ability to take responsibility for projects and manage through to completion.',
    ],
    [
      'dice_promptcloud:8de3d7ddd7',
      'reporting',
      'Facilitates project communication including risks, issues and deviations from plan.',
    ],
    [
      'indeed_shanushka_2023:3a5808213c',
      'team-leadership',
      'Schedule and monitor engineers to ensure milestones, schedule, scope, cost, and quality are met.',
    ],
    [
      'dice_promptcloud:f7832bd255',
      'planning',
      'Manage the entire product development lifecycle, including the documentation, design, development, testing, release, support, and revision of products and product services.',
    ],
  ] as Array<[string, ChecklistId, string]>)('%s %s: "%s"', (postingId, id, sentence) => {
    expect(evidence(postingId, id)).toContain(sentence);
  });

  it('reads the years of the bachelor path and the pay of both ends on real postings', () => {
    const microsoft = analyze(postingFromRow(rows.get('mscareers_2025:643f8658d7')!));
    expect(microsoft.requirements.minYearsExperience).toBe(8);
    const meta = analyze(postingFromRow(rows.get('metacareers_2025:4f8257a05b')!));
    expect(meta.requirements.minYearsExperience).toBe(8);
    expect([meta.salary.posted?.annualMin, meta.salary.posted?.annualMax]).toEqual([177008, 251000]);
  });
});

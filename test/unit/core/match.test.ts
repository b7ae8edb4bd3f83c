import {describe, expect, it} from 'vitest';
import {inBoilerplateSection, isNotice} from '../../../src/core/boilerplate';
import {CHECKLIST} from '../../../src/core/checklist';
import {REQUIREMENT_IDS, type ChecklistId} from '../../../src/core/ids';
import {matchChecklist, prepareChecklistMatchers} from '../../../src/core/match';
import {splitSentences} from '../../../src/core/text';
import {devLabels, devRows, haveRealPostings} from '../../support/dev-postings';

const shown = (sentence: string) =>
  new Set(
    matchChecklist([sentence])
      .filter((item) => item.present)
      .map((item) => item.id),
  );

// Short quotes from real postings in ../shared/data/postings/dev.jsonl, each with an item it shows.
const REAL: Array<[ChecklistId, string]> = [
  ['mentoring', 'Coaches, leads and mentors project team members and provides regular performance assessments'],
  ['communication', 'Excellent communication skills, written and verbal'],
  ['team-leadership', 'Manage a team of Program Managers and Technical Program Managers who lead M&A projects.'],
  ['team-leadership', 'Strong leadership skills and ability to navigate complex organizational structures'],
  ['risk-management', 'Identify project risks and work with the Director and team to anticipate and resolve issues.'],
  [
    'risk-management',
    'Manage project schedules, identify possible issues and clearly communicate them to project stakeholders.',
  ],
  [
    'stakeholder-management',
    'Ability to effectively influence and communicate cross-functionally with all levels of management',
  ],
  ['multi-project', 'Ability to handle multiple, simultaneous projects under deadline pressure.'],
  ['multi-project', 'Ability to multitask and balance daily activities with larger project deadlines'],
  ['technical-skills', 'Experience with software development lifecycle (SDLC)'],
  [
    'prioritization',
    'Manage the global prioritization of the data solution demands and balance with key enterprise objectives.',
  ],
  ['organization', 'Excellent time management and organizational skills'],
  ['organization', 'Detail oriented and meticulous work ethic'],
  [
    'initiative',
    'Self-starter with an ability to manage projects to completion while collaborating cross-functionally',
  ],
  ['initiative', 'Proactively identify risks, prioritize them, and create plans to resolve in a timely manner.'],
  [
    'delivery',
    'The Project Manager is accountable for delivering projects on time, within budget, and with high quality.',
  ],
  ['planning', 'Create the project schedule and manage the project according to the schedule, budget, and scope'],
  [
    'planning',
    'Develops and maintains project plans, status reports, issue logs, and other SDLC artifacts as required',
  ],
  ['reporting', 'Maintain Up-to-date project status'],
  ['reporting', 'Monitor, review, and adjust project progress and timelines as needed'],
  ['problem-solving', 'Strong analytical, problem-solving and organizational skills'],
  ['problem-solving', 'Improve project management processes and drive efficiencies.'],
  ['cost-benefit', 'Facilitate the process of building a business case for key projects'],
  ['cost-benefit', 'Develops the budgets, including tracking cost versus budget for assigned projects.'],
  [
    'executive-presentation',
    'Deliver effective presentations of findings and recommendations to multiple levels of leadership',
  ],
  [
    'executive-presentation',
    'Communicates project summary, status, financials, etc. to appropriate high-level executives at the Bank',
  ],
  ['vendor-management', 'Manage multiple vendor relationships and drive the successful completion of the project'],
  ['vendor-management', 'Before and during projects, negotiate price and payment agreements with suppliers.'],
  ['customer-engagement', 'Facilitate meetings with clients (funders) to effectively lead project implementation'],
  ['customer-engagement', 'Stay abreast of emerging trends in technology development approaches'],
];

// Sentences that use an item's words without showing it: each must not count for that item.
const NOT: Array<[ChecklistId, string]> = [
  ['reporting', 'without regard to disability or protected veteran status'],
  ['reporting', 'Please share your work authorization/Visa status (USC/GC/EAD/H1).'],
  ['planning', 'Benefits include a 401(k) plan, dental plan and vision plan.'],
  ['planning', 'Reliably commute or planning to relocate before starting work (Preferred)'],
  ['risk-management', 'We want to be very clear this is high risk/high reward opportunity'],
  ['customer-engagement', 'Our client is seeking a Senior Project Manager in Springfield, MA.'],
  ['vendor-management', 'Benefits are available to contract/temporary professionals, including medical and dental.'],
  ['vendor-management', 'No third parties, please.'],
  ['executive-presentation', 'The position reports directly to the VP of Application Development.'],
  ['executive-presentation', 'Coordinate onboarding of new hires with the team.'],
  // Leadership as a trait of the hire, not an audience.
  [
    'executive-presentation',
    'Maturity, high judgment, negotiation skills, analytical talent, ability to influence, and leadership are essential.',
  ],
  ['executive-presentation', 'Strong communication and leadership skills.'],
  ['delivery', 'Manage order fulfillment and delivery tracking for evaluation samples.'],
  ['mentoring', 'You will have access to mentoring programs to help you unlock future opportunities.'],
  ['mentoring', 'Provide guidance to stakeholders on the roadmap.'],
  ['mentoring', 'Be a role model of our values.'],
  ['team-leadership', 'Ability to accept supervision from a multidisciplinary team.'],
  // A federal posting's field (2023, not in dev; both read before), and an idiom for "in short" (2024; cost-benefit before).
  ['team-leadership', 'Supervisory status: Non-Supervisory'],
  ['reporting', 'Supervisory status: Non-Supervisory'],
  ['cost-benefit', 'The bottom line is that you are a true owner of your area and the buck stops with you.'],
  // Decisions others make with the product's help (a 2021 posting, not in dev; team-leadership before).
  [
    'team-leadership',
    'And today, the data we extract helps thousands of organizations make smarter business decisions, secure competitive advantage.',
  ],
  // A generation of products is not of people (a 2024 posting, not in dev; mentoring before).
  [
    'mentoring',
    "From developing and maintaining our data centers to building the next generation of Google platforms, we make Google's product portfolio possible.",
  ],
  ['communication', 'We do our best to communicate outcomes to all applicants by email or phone call.'],
  ['initiative', 'Coordinate activities across several strategic initiatives.'],
  ['multi-project', 'Work cross-functionally with multiple teams and stakeholders.'],
  ['technical-skills', 'Make sure it is done well and on schedule.'],
  ['prioritization', 'We measure what matters and prioritize RESULTS over all else.'],
  ['organization', 'Applies Organizational Change Management principles and practices.'],
  [
    'cost-benefit',
    'Ensure that all aspects of projects are delivered on time, on budget, and to the highest standard.',
  ],
  // Invented: common posting boilerplate that shares words with an item.
  ['communication', 'Experience with unified communications platforms such as Teams.'],
  ['team-leadership', 'This role reports to the team lead.'],
  ['vendor-management', 'This is a W2 contractor position for 6 months.'],
  ['risk-management', 'Try it risk-free for 30 days.'],
  ['delivery', 'We deliver groceries to your door.'],
  ['technical-skills', 'Please make it to the interview on time.'],
  // From the saved pages in ../shared/data/html (not in dev): the item's word in another sense.
  ['communication', 'You will be utilizing our edge network to enable bidirectional device-to-cloud communication.'],
  ['team-leadership', 'Developing new foundational models, algorithms, and forms of supervision for Generative AI.'],
  ['team-leadership', 'The team conducts research on models, supervision, and algorithms that advance frontier AI.'],
  [
    'team-leadership',
    'A collaborative environment where your work has a real impact on decision-making across the business.',
  ],
  ['technical-skills', 'Applications will be reviewed on an ongoing basis until the right candidate is found.'],
  ['reporting', 'Hands-on cloud experience, with a track record of driving scalable engineering outcomes.'],
  ['multi-project', 'We develop reliable processes for clinical trials to support our portfolio of drug candidates.'],
  ['risk-management', 'Developing and maintaining datasets that support trading, risk, and management reporting.'],
  ['technical-skills', 'You like to track trends, develop networks and spend time with customers.'],
  [
    'team-leadership',
    'You must have significant experience with leading 3D animation software applications, creating 3D animated content.',
  ],
  ['team-leadership', 'Partnering with leading health systems including the NHS in the UK.'],
  ['risk-management', 'Being in a market that foresees immense growth prospects challenges and fascinates you.'],
  [
    'initiative',
    'Start your career at a leading proprietary trading firm with an entrepreneurial and innovative culture at its core.',
  ],
  [
    'team-leadership',
    'Integrate OpenAI APIs and Retrieval-Augmented Generation (RAG) techniques to enhance AI-powered document retrieval, classification, and decision-making.',
  ],
  [
    'stakeholder-management',
    'Your work will directly influence how AI benefits individuals, businesses, and society at large.',
  ],
  ['reporting', 'Lawful permanent residents, refugees, and asylees may verify status using other documents.'],
  [
    'team-leadership',
    'Engage and build relationships with cross-functional teams and stakeholders (Product, Engineering, Marketing, etc) to launch successful localized products.',
  ],
  [
    'technical-skills',
    'This position will be required to pass the Microsoft Cloud background check upon hire and every two years thereafter.',
  ],
  ['risk-management', 'Project risk profile is low to medium'],
  [
    'customer-engagement',
    'At Cority, we keep abreast of the changing labour market to ensure that our employees are paid fairly.',
  ],
  // The employer on itself after "At <name>," (2025-26 TPM postings, not in dev; each counted before).
  [
    'team-leadership',
    'At LILT, we empower our teammates with leading tools, global collaboration, and growth opportunities to do their best work.',
  ],
  [
    'multi-project',
    'At New Relic, we rely on many amazing projects from the community to run our business and regularly share with the world what we build internally.',
  ],
  // The same without the comma (a 2023 MongoDB posting, not in dev; team-leadership before).
  [
    'team-leadership',
    'At MongoDB we are transforming industries and empowering developers to build amazing apps that people use every day.',
  ],
  // The employer named after an opening "With ..." (a 2019 agency posting, not in dev; communication before).
  [
    'communication',
    'With a 30-year pedigree and a client base to be hugely proud of, RLA is a full-service advertising and marketing communications agency based in a beautiful converted barn in Bournemouth.',
  ],
  // The employer named as the subject of what it does with its own (the same posting; both items before).
  [
    'customer-engagement',
    "MongoDB aligns its practices to multiple compliance frameworks in order to support our customer's needs.",
  ],
  [
    'stakeholder-management',
    "MongoDB aligns its practices to multiple compliance frameworks in order to support our customer's needs.",
  ],
  // The employer's market and its size (a 2023 MongoDB posting, not in dev; technical-skills before).
  [
    'technical-skills',
    'The worldwide data management software market is massive (IDC forecasts it to be $136 billion by 2027!).',
  ],
  ['technical-skills', 'The global cloud infrastructure market is expected to reach $800 billion by 2030.'],
  // What a role offers, how hiring goes and how the hire is judged (2019-2025 postings, not in dev; each counted before).
  [
    'executive-presentation',
    'This role will present an opportunity to remain hands-on, but the main focus will be on management and technical leadership.',
  ],
  ['prioritization', 'Applications received prior to September 8th will be prioritized.'],
  ['reporting', 'Success as a Lead Delivery Manager is predominantly measured by delivering successful outcomes.'],
  // Invented, the same senses in other words.
  ['communication', 'Design inter-service communication for our microservices.'],
  ['team-leadership', 'Train classifiers with weak supervision and self-supervised pretraining.'],
  ['team-leadership', 'Build dashboards that support data-driven decision-making.'],
  ['technical-skills', 'Job applications are only accepted through our careers site.'],
  ['reporting', 'Proven track record of delivering results in a matrixed organization.'],
  ['multi-project', 'Grow a portfolio of enterprise customers in the region.'],
  ['risk-management', 'Partner with the legal and risk teams on contract terms.'],
  ['technical-skills', 'Build a strong professional network among industry peers.'],
  ['team-leadership', "Integrate our service with the industry's leading cloud platforms."],
  ['risk-management', 'A team that anticipates rapid growth challenges us every day.'],
  ['initiative', 'Thrive in our entrepreneurial, fast-moving startup culture.'],
  ['team-leadership', 'Evaluate models used for automated credit decision-making.'],
  // From 2025 TPM postings (not in dev), each counted before: a reporting line to an office, a posting's closing date,
  // a benefit, and the autonomy of machines.
  ['executive-presentation', 'This position reports to the Business Management Center of Excellence.'],
  [
    'stakeholder-management',
    'This opportunity will remain online based on business needs which may be before or after the specified date.',
  ],
  ['cost-benefit', 'Financial planning and group legal'],
  ['planning', 'Financial planning and group legal'],
  ['initiative', 'This is a unique and exciting opportunity to be at the forefront of autonomous driving technology!'],
  ['initiative', 'PMO has teams focusing on AI & Autonomy, Robot Platform Development, and Service readiness.'],
  // Also from 2025 TPM postings (not in dev), each counted before: a role without a budget, a radio's communication,
  // a label, a machine's autonomy in a list of technologies, and keeping others up to date.
  [
    'cost-benefit',
    'Individual Contributor: Does not have direct supervisory responsibilities nor budgetary or hiring accountabilities.',
  ],
  [
    'communication',
    'Manage the integration of routers, radios, and laser communication devices on a constellation of spacecraft.',
  ],
  ['cost-benefit', 'Bottom line: We are committed to hiring and retaining great people.'],
  [
    'initiative',
    'We are committed to bringing cutting-edge autonomy, AI, computer vision and sensor fusion to the military.',
  ],
  [
    'customer-engagement',
    "It's your job to coordinate the players and keep them up to date on progress and deadlines.",
  ],
  ['initiative', 'Ability to travel independently (0-25% depending on project assignment)'],
  ['prioritization', 'We are committed to building a workplace where inclusion is not only valued, but prioritized.'],
  // Decisions made easier for others (a 2025 posting, not in dev; team leadership before).
  [
    'team-leadership',
    'A champion of cost / quality / time impact matrix to make decisions easier for relevant stakeholders without compromising speed.',
  ],
  // Decisions the work improves, in a list of what it improves (2026 postings, not in dev; team leadership before).
  [
    'team-leadership',
    'Evaluate emerging technologies and analytical approaches that can improve data quality, accessibility, automation, and decision-making.',
  ],
  ['stakeholder-management', 'These models will directly influence what millions of users see first.'],
  ['reporting', 'US citizens and nationals may confirm their status with a passport.'],
  ['team-leadership', 'Building lasting partnerships with partner teams across the company.'],
  ['risk-management', 'Risk level: High'],
  ['customer-engagement', 'We always stay current on pay data for every role we hire.'],
  // An initiative that is a project, and the employer's own top priority (SYNTHETIC, beside the senses added above).
  ['initiative', 'Lead the initiative to build a new data platform.'],
  ['prioritization', 'Customer service is our top priority.'],
  // Work run without help, not the person (a university library's posting, not in dev; initiative before).
  [
    'initiative',
    'They will provide project management consultations to library staff working on complex self-managed digital projects.',
  ],
  // A large employer's benefits note and a kind of network (2026 TPM postings, not in dev; planning and vendor
  // management before).
  [
    'planning',
    'Note: Apple benefit, compensation and employee stock programs are subject to eligibility requirements and other terms of the applicable plan or program.',
  ],
  [
    'vendor-management',
    'Experience networking infrastructure, especially in global backbone, cloud provider and service provider networks.',
  ],
];

// The same words in the item's own sense: the vetoes above must leave these counted.
const STILL: Array<[ChecklistId, string]> = [
  ['initiative', 'You are self-motivated and self-directed.'],
  ['initiative', 'A self-motivated team player.'],
  ['mentoring', 'Help develop the next generation of program managers.'],
  ['executive-presentation', 'Report progress to leadership and stakeholders.'],
  ['executive-presentation', 'Communicate status to the leadership team weekly.'],
  ['communication', 'Excellent communication skills with engineers and executives alike.'],
  ['team-leadership', 'Strong decision-making skills and sound judgment under pressure.'],
  ['initiative', 'Work autonomously with minimal supervision.'],
  ['cost-benefit', 'Manage the program budget and track spend.'],
  ['customer-engagement', 'Stay current with cutting-edge technologies and best practices.'],
  ['executive-presentation', 'Report progress to the VP of Engineering weekly.'],
  ['team-leadership', 'Provide day-to-day supervision of a team of five engineers.'],
  ['technical-skills', 'Build and maintain web applications used by thousands of clinicians.'],
  ['reporting', 'Track progress against milestones and flag risks early.'],
  ['multi-project', 'Manage a portfolio of infrastructure projects across three regions.'],
  ['risk-management', 'Work with finance and risk management on program controls.'],
  ['risk-management', 'Partner with the legal and risk teams to identify and mitigate program risks.'],
  ['technical-skills', 'Design and operate data center networks.'],
  ['team-leadership', 'Experience with leading platform migrations for enterprise clients.'],
  ['risk-management', 'Anticipate challenges and escalate them early.'],
  ['initiative', 'Entrepreneurial, with a passion to change the established way of doing things.'],
  ['team-leadership', 'Sound judgment and decision-making under pressure.'],
  ['stakeholder-management', 'You will influence product direction without formal authority.'],
  ['reporting', 'Report program status to residents of the service area and to city leadership.'],
  ['team-leadership', 'Build and lead a team of engineers who build relationships with our customers.'],
  ['technical-skills', 'Migrate workloads to the cloud; background checks are required for this role.'],
  ['risk-management', 'Assess the risk profile of each project and escalate early.'],
  ['customer-engagement', 'You will stay abreast of industry trends in cloud networking.'],
  ['planning', 'Own the program plan and its milestones.'],
  ['vendor-management', 'Manage relationships with managed service providers and their networks of subcontractors.'],
];

// Invented paraphrases in words the dev postings do not use: the patterns must generalise.
const PARAPHRASES: Array<[ChecklistId, string]> = [
  ['mentoring', 'Train new hires on our delivery process.'],
  // Guidance to the less experienced, a role model for others (each unread before).
  ['mentoring', 'Provide guidance and feedback to less experienced TPMs.'],
  ['mentoring', 'Serve as a role model for other program managers.'],
  ['communication', 'Able to explain complex technical concepts to non-technical audiences.'],
  ['team-leadership', 'Experience managing direct reports.'],
  ['risk-management', 'Maintain the RAID log.'],
  ['stakeholder-management', 'Manage expectations of senior stakeholders.'],
  ['multi-project', 'Manage 3-5 concurrent projects.'],
  // A count carried at once ("4-6" stopped the verb's reach before).
  ['multi-project', 'Run 4-6 programs at a time.'],
  ['technical-skills', 'Familiarity with Kubernetes and CI/CD.'],
  // Software's word for delivering (a 2026 TPM posting, not in dev, says "ship all aspects of ... efforts"; unread before).
  ['delivery', 'Ship large, multi-functional efforts with the engineering teams.'],
  // Roadblocks resolved, tracking as a noun, organised as the person is (2025 TPM postings, not in dev, say "identify
  // and resolve roadblocks", "task tracking", "roadmap tracking", "Super organized"; each unread before).
  ['problem-solving', 'Resolve roadblocks across the engineering teams.'],
  ['reporting', 'Own milestone tracking for the platform program.'],
  ['organization', 'Super organized, with a knack for process.'],
  // Improvements driven, words listed between a verb and its object, articulating (2025-2026 TPM postings, not in
  // dev; each unread before).
  ['problem-solving', 'Drive improvements to close the gaps the audits find.'],
  ['problem-solving', 'Improve planning, estimation and delivery predictability across teams.'],
  ['planning', 'Managing project budgets, staffing, schedules and scope.'],
  ['communication', 'Clearly articulating trade-offs to engineers and partners.'],
  // Executive reviews and documents, priorities reordered or influenced, initiative
  // as a trait, concurrent projects and a portfolio of programs (2025-2026 TPM postings, not in dev; each unread before).
  ['executive-presentation', 'Run the monthly executive status reviews.'],
  ['executive-presentation', 'Write executive-quality documents and updates.'],
  ['prioritization', 'Handle reprioritization when scope changes.'],
  ['prioritization', 'Keep the team focused on the highest priority work.'],
  ['prioritization', 'Influence program timelines, budget and priorities.'],
  ['initiative', 'You bring the leadership and initiative to build a new practice.'],
  ['multi-project', 'Improve concurrent project delivery across the group.'],
  ['multi-project', 'Own the planning framework for a complex program portfolio.'],
  // Taking work and problems apart (SYNTHETIC; each unread before).
  ['planning', 'Break down the work into milestones.'],
  ['planning', 'Break large initiatives into phased deliverables.'],
  ['problem-solving', 'Break down ambiguous problems into actionable plans.'],
  ['problem-solving', 'Work through complex technical issues with engineering.'],
  ['prioritization', 'Triage incoming requests.'],
  ['organization', 'Highly organized with strong attention to detail.'],
  ['initiative', 'Bias for action.'],
  ['delivery', 'Drive projects from kickoff to launch.'],
  ['planning', 'Create work breakdown structures.'],
  ['reporting', 'Maintain dashboards that track progress.'],
  ['problem-solving', 'Perform root cause analysis.'],
  ['cost-benefit', 'Build ROI cases for new initiatives.'],
  ['executive-presentation', 'Deliver quarterly business reviews to VPs.'],
  ['vendor-management', 'Manage third-party vendors and SOWs.'],
  ['customer-engagement', 'Act as the main point of contact for clients.'],
  ['customer-engagement', 'Gather requirements from clients and end users.'],
  ['customer-engagement', 'Solicit feedback from customers on each release.'],
];

describe('matchChecklist on single sentences', () => {
  it.each(REAL)('%s: "%s"', (id, sentence) => {
    expect(shown(sentence)).toContain(id);
  });

  it.each(PARAPHRASES)('paraphrase %s: "%s"', (id, sentence) => {
    expect(shown(sentence)).toContain(id);
  });

  it.each(NOT)('not %s: "%s"', (id, sentence) => {
    expect(shown(sentence)).not.toContain(id);
  });

  it.each(STILL)('still %s: "%s"', (id, sentence) => {
    expect(shown(sentence)).toContain(id);
  });

  it('lets a veto cancel only nearby matches in a long glued line', () => {
    const glued = `Ability to create and manage a project plan, track milestones, and identify dependencies${'Proficient in Microsoft Project and Excel '.repeat(4)}If you qualify, email resumes with visa status and contact info.`;
    expect(shown(glued)).toContain('reporting');
    expect(shown('If you qualify, email resumes with visa status and contact info.')).not.toContain('reporting');
  });

  it('still counts a vetoed word when the sentence shows the item another way', () => {
    expect(shown('Provide weekly status reports to stakeholders.')).toContain('reporting');
    expect(shown('Ensure that all aspects of projects are delivered on time, on budget.')).toContain('delivery');
  });
});

describe('perks are no evidence, a budget the job runs is', () => {
  it.each([
    'Travel budget and expense reimbursement.',
    'Relocation assistance and a phone stipend.',
    'Tuition reimbursement and a fitness allowance.',
  ])('%s', (sentence) => {
    // SYNTHETIC benefit lines; the first read as "Budget and ROI" before.
    expect(shown(sentence)).not.toContain('cost-benefit');
  });

  it('a travel budget the job manages', () => {
    expect(shown('Manage the travel budget for the program and track costs against it.')).toContain('cost-benefit');
  });
});

describe('matchChecklist on a posting', () => {
  const sentences = splitSentences(
    [
      'Responsibilities:',
      'Plan, coordinate, and deliver platforms hardware products.',
      'Lead creating and maintaining credible and data-driven schedules and milestones.',
      'Provide weekly status updates to stakeholders.',
      'Track progress against milestones.',
      'Report status to the program sponsors.',
      'Report status to the executive team.',
      'Equal opportunity employer without regard to veteran status.',
    ].join('\n'),
  );
  const result = matchChecklist(sentences);

  it('returns every checklist item once, in checklist order', () => {
    expect(result.map((item) => item.id)).toEqual(CHECKLIST.map((item) => item.id));
  });

  it('keeps at most three evidence sentences, in posting order, and only sentences of the posting', () => {
    const reporting = result.find((item) => item.id === 'reporting')!;
    expect(reporting.present).toBe(true);
    expect(reporting.evidence).toHaveLength(3);
    // Keeping schedules and milestones is status work too: the first such sentence comes first.
    expect(reporting.evidence).toEqual([
      'Lead creating and maintaining credible and data-driven schedules and milestones.',
      'Provide weekly status updates to stakeholders.',
      'Track progress against milestones.',
    ]);
    for (const item of result) for (const sentence of item.evidence) expect(sentences).toContain(sentence);
  });

  it('says where in each evidence sentence the words that show the item stand', () => {
    const reporting = result.find((item) => item.id === 'reporting')!;
    expect(reporting.shownAt).toHaveLength(reporting.evidence.length);
    const words = reporting.evidence.map((sentence, index) => sentence.slice(...reporting.shownAt![index]!));
    expect(words[1]).toMatch(/status/i);
    expect(words[2]).toMatch(/track|progress|milestones/i);
    // A sentence whose lower case is longer than itself ("İ") has no position to give: its words are not marked.
    const dotted = matchChecklist(['İstanbul office: report status to the program sponsors.']);
    const item = dotted.find((match) => match.id === 'reporting')!;
    expect(item.present).toBe(true);
    expect(item.shownAt).toBeUndefined();
  });

  it('reports nothing present for an empty posting', () => {
    expect(matchChecklist([]).every((item) => !item.present && item.evidence.length === 0)).toBe(true);
  });

  it('gives the same answers after the matchers are prepared ahead of use', () => {
    const before = JSON.stringify(matchChecklist(sentences));
    prepareChecklistMatchers();
    expect(JSON.stringify(matchChecklist(sentences))).toBe(before);
  });
});

describe.skipIf(!haveRealPostings)('matchChecklist against the labelled dev postings (../shared/data)', () => {
  it('keeps micro-F1 over the 18 phrase-scored ids at or above 0.85', () => {
    const rows = new Map(devRows().map((row) => [row.id, row]));
    let tp = 0,
      fp = 0,
      fn = 0;
    for (const label of devLabels()) {
      if (!label.present || label.is_tpm === 'no') continue;
      const matches = matchChecklist(splitSentences(rows.get(label.id)!.description));
      for (const match of matches) {
        if ((REQUIREMENT_IDS as readonly string[]).includes(match.id)) continue;
        const want = label.present[match.id];
        if (want === undefined) continue;
        if (match.present && want) tp++;
        else if (match.present) fp++;
        else if (want) fn++;
      }
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    expect(f1).toBeGreaterThanOrEqual(0.85);
  });
});

describe.skipIf(!haveRealPostings)('where the words stand, on the dev postings (../shared/data)', () => {
  it('marks words inside every evidence sentence, the same a second reading (remembered) gives', () => {
    let marked = 0;
    let sentencesShown = 0;
    for (const row of devRows()) {
      const sentences = splitSentences(row.description);
      const first = matchChecklist(sentences);
      expect(matchChecklist(sentences)).toEqual(first);
      for (const match of first) {
        sentencesShown += match.evidence.length;
        if (!match.shownAt) continue;
        expect(match.shownAt).toHaveLength(match.evidence.length);
        match.shownAt.forEach((at, index) => {
          if (!at) return;
          const [start, end] = at;
          expect(0 <= start && start < end && end <= match.evidence[index]!.length).toBe(true);
          // Whole words: a match starts and ends at a word's edge, as the patterns' \b do.
          expect(/\w\w/.test(match.evidence[index]!.slice(Math.max(0, start - 1), start + 1))).toBe(false);
          marked++;
        });
      }
    }
    // Every phrase item's sentence but those whose lower case changes their length.
    expect(marked / sentencesShown).toBeGreaterThan(0.95);
  });
});

describe('which sentences an item shows, however many show it', () => {
  // SYNTHETIC lines: each shows Communication; `long` is over the 160 characters of a short bullet.
  const short = (n: number) => `Communicate plan ${n} clearly to the whole team.`;
  const long = (n: number) =>
    `Communicate plan ${n} to the team, ${'with every detail of the work written down for the people who read it, '.repeat(2)}in full.`;
  const evidence = (sentences: string[]) =>
    matchChecklist(sentences).find((item) => item.id === 'communication')!.evidence;

  it('shows the first three short sentences, wherever long ones stand', () => {
    expect(long(0).length).toBeGreaterThan(160);
    expect(evidence([long(0), short(1), long(2), short(3), short(4), short(5), short(6)])).toEqual([
      short(1),
      short(3),
      short(4),
    ]);
    expect(evidence([short(1), long(2), short(3), long(4)])).toEqual([short(1), short(3), long(2)]);
  });

  it('looks at the first six sentences only: a short one after six long ones is not shown', () => {
    const sixLong = [1, 2, 3, 4, 5, 6].map(long);
    expect(evidence([...sixLong, short(7)])).toEqual(sixLong.slice(0, 3));
  });

  it("shows a benefits section's sentences only when the job's own text gives fewer than three", () => {
    const aside = ['Benefits', 'Communicate your time off to your manager.'];
    expect(evidence([short(1), short(2), ...aside])).toEqual([short(1), short(2), aside[1]]);
    expect(evidence([short(1), long(2), short(3), ...aside])).toEqual([short(1), short(3), long(2)]);
  });
});

describe('negation words', () => {
  it.each([
    ["You won't manage a team.", false],
    ['You will not manage a team.', false],
    ['No people management; you manage a team of vendors.', true],
    ["You can't stop us: manage a team of engineers.", true],
    ['Cannot wait for you to manage a team of engineers.', true],
    // The scan rules negation words out on the sentence as written, the patterns read it lower-cased: any case and
    // any space after the word still take the match back, and a dotted capital I makes no negation word.
    ["YOU WON'T MANAGE A TEAM.", false],
    ['You will\u00a0NOT\tmanage a team.', false],
    ["\u0130SN'T it time you manage a team of engineers?", true],
    ['\u0130S NOT going to manage a team of engineers.', false],
  ])('%s', (sentence, leads) => {
    expect(shown(sentence).has('team-leadership')).toBe(leads);
  });
});

describe("the employer's line of business or self-description in the third person", () => {
  // Each passed over by a scan gate where its words are missing: any case still counts.
  it.each([
    'Risk management consulting is one of our core services.',
    'PROJECT DELIVERY IS AMONG OUR KEY CAPABILITIES AND WE COMMUNICATE WELL.',
    'THE COMPANY COMMUNICATES ITS PLANS TO EVERY BUSINESS UNIT.',
    'Medius, a prominent global Provider of spend management, leads projects.',
  ])('is never evidence: %s', (sentence) => {
    expect(isNotice(sentence)).toBe(true);
  });

  it('is no notice where the sentence is about the role', () => {
    expect(isNotice('Communication is one of our core services, and you will lead it.')).toBe(false);
  });
});

describe('boilerplate sections', () => {
  it('open at a short heading that names one and close at a heading about the job', () => {
    const lines = [
      'Lead the program.',
      'Benefits and perks we offer you',
      'Dental plan.',
      'Benefits and perks we offer to you',
      'About the role and the benefits',
      'Plan the work.',
      'Our benefits',
      'Our benefits and your responsibilities',
      'Track the budget.',
    ];
    // Five spaces make a heading, six a bullet; a heading about the job wins over one that also names benefits.
    expect(inBoilerplateSection(lines)).toEqual([false, true, true, true, false, false, true, false, false]);
  });
});

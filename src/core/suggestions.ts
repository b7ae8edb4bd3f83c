// What a recruiter can add to a draft for each item it misses: advice plus one example sentence.
// Each example is written so that, pasted into a draft, the core reads the item as present (a test
// holds every example to that), so the advice and the checker never disagree.
import type {ListingFact} from './completeness';
import type {ChecklistId} from './ids';

export interface Suggestion {
  advice: string;
  example: string;
}

export const SUGGESTIONS: Readonly<Record<ChecklistId | ListingFact, Suggestion>> = {
  degree: {
    advice: 'Say which degree you expect and whether experience or an IT certification can stand in for it.',
    example: "A bachelor's degree in computer science, engineering or business, or equivalent practical experience.",
  },
  experience: {
    advice: 'Give a minimum number of years and say in what kind of work, so candidates can judge themselves.',
    example: '5+ years of experience managing software or infrastructure projects.',
  },
  'pm-certification': {
    advice: 'Name the project-management credentials you value and whether they are required or a plus.',
    example: 'A PMP, PRINCE2 or Scrum certification (CSM or PSM) is a plus.',
  },
  mentoring: {
    advice: 'Say whether the role grows other people: coaching project coordinators or junior managers.',
    example: 'Mentor junior project coordinators and coach engineers on planning practices.',
  },
  communication: {
    advice: 'Spell out who they will write and speak to, and in what form (status notes, design reviews).',
    example: 'Communicate plans, trade-offs and decisions clearly in writing and in meetings.',
  },
  'team-leadership': {
    advice: 'Describe the teams they will lead and the decisions they will own.',
    example: 'Lead teams of engineers, QA and operations through each release and own the calls along the way.',
  },
  'risk-management': {
    advice: 'Show that spotting and reducing risk is part of the job, with an example of the risks involved.',
    example: 'Identify schedule and technical risks early and drive plans to mitigate them.',
  },
  'stakeholder-management': {
    advice: 'Name the people the role aligns: executives, product, engineering, customers.',
    example: 'Keep stakeholders from engineering leads to executives aligned on scope and timelines.',
  },
  'multi-project': {
    advice: 'If they will run several efforts at once, say so and how many.',
    example: 'Run multiple projects in parallel while priorities and deadlines shift.',
  },
  'technical-skills': {
    advice: 'Name the technical ground they must understand (cloud, data, networks, the stack you use).',
    example: 'A technical background in cloud infrastructure or software development.',
  },
  prioritization: {
    advice: 'Explain how they will set priorities across competing requests.',
    example: 'Prioritize work across teams based on business impact and dependencies.',
  },
  organization: {
    advice: 'Ask for the organisational habits the job needs: tracking details, keeping plans tidy.',
    example: 'Strong organizational skills and a detail-oriented way of working.',
  },
  initiative: {
    advice: 'Say that you want someone who acts without being asked and welcomes feedback.',
    example: 'Take initiative to unblock teams and act proactively on problems before they grow.',
  },
  delivery: {
    advice: 'State what they deliver and the bar: on time, within budget, within scope.',
    example: 'Deliver releases on time, within budget and within the agreed scope.',
  },
  planning: {
    advice: 'Describe the planning they own and how it ties to business goals.',
    example: 'Write project plans that tie engineering milestones to business goals.',
  },
  reporting: {
    advice: 'Say how they report progress: cadence, audience, format.',
    example: 'Report weekly status on milestones, risks and outcomes to stakeholders.',
  },
  'problem-solving': {
    advice: 'Mention the problems they will untangle and the processes they may improve.',
    example: 'Bring strong problem-solving skills to blocked work and improve team processes.',
  },
  'cost-benefit': {
    advice: 'If they own money, say so: budgets, forecasts, return on investment.',
    example: 'Own the project budget and weigh the costs and benefits of each option.',
  },
  'executive-presentation': {
    advice: 'Say whether they will brief leadership and what for (approvals, reviews).',
    example: 'Present to leadership: plans, progress and the decisions that need their approval.',
  },
  'vendor-management': {
    advice: 'Mention suppliers, contractors or resources they will negotiate or manage.',
    example: 'Manage vendors and contractors, including scope and contract terms.',
  },
  'customer-engagement': {
    advice: 'Say whether they work with customers or clients directly.',
    example: 'Work directly with customers to understand needs and follow industry trends.',
  },
  'pay-range': {
    advice:
      'Publish the pay range: several US states and cities require it, and listings with pay draw more applicants.',
    example: 'The pay range for this role is $140,000 - $175,000 a year, plus benefits.',
  },
  location: {
    advice: 'Say where the job is: city and state, or remote with the regions you can hire in.',
    example: 'Location: Austin, TX (hybrid, three days a week in the office).',
  },
};

/**
 * Screening facts a candidate looks for before anything else; not part of completeness (a listing is
 * no less complete for it), but a listing that leaves them unsaid loses candidates who cannot tell.
 */
export const SCREENING_SUGGESTIONS: Readonly<Record<'work-mode' | 'sponsorship' | 'employment-type', Suggestion>> = {
  'work-mode': {
    advice:
      'Say whether the job is remote, hybrid (how many days in the office) or on-site, and where remote workers may live.',
    example: 'This is a hybrid role: three days a week in our Austin office.',
  },
  sponsorship: {
    advice: 'Say whether you sponsor work visas: candidates who need sponsorship skip listings that leave it unsaid.',
    example: 'We are unable to sponsor work visas for this position.',
  },
  'employment-type': {
    advice:
      'Say whether the job is full-time, part-time, a contract (and for how long) or temporary: candidates who take only one kind skip listings that leave it unsaid.',
    example: 'This is a full-time, permanent position.',
  },
};

export function suggestionFor(id: string): Suggestion | null {
  return (SUGGESTIONS as Readonly<Record<string, Suggestion>>)[id] ?? null;
}

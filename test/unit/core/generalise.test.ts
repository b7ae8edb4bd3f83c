import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {extractRequirements} from '../../../src/core/requirements';
import {matchChecklist} from '../../../src/core/match';
import {splitSentences} from '../../../src/core/text';
import type {ChecklistId} from '../../../src/core/ids';
import {havePages, scoreHeldoutPages} from '../../support/heldout-score';
import {NOT_EVIDENCE, PARAPHRASES} from '../../support/paraphrases';
import {SHARED_SEED} from '../../support/shared';

const shown = (text: string) =>
  new Set(
    matchChecklist(splitSentences(text))
      .filter((item) => item.present)
      .map((item) => item.id),
  );

describe('checklist on wording it was not written from', () => {
  it.each(PARAPHRASES.map(([id, sentence]) => [id, sentence]))('%s: %s', (id, sentence) => {
    expect(shown(sentence).has(id as ChecklistId)).toBe(true);
  });

  it.each(NOT_EVIDENCE.map(([id, sentence]) => [id, sentence]))('not %s: %s', (id, sentence) => {
    expect(shown(sentence).has(id as ChecklistId)).toBe(false);
  });
});

const ARTICLE = join(SHARED_SEED, 'technical-project-manager-article.txt');
describe.skipIf(!existsSync(ARTICLE))("the source article's own lists (../shared/seed)", () => {
  const lines = existsSync(ARTICLE) ? readFileSync(ARTICLE, 'utf8').split('\n') : [];
  const bulletsAfter = (heading: RegExp) => {
    const start = lines.findIndex((line) => heading.test(line));
    const items: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (/^\s*(?:\u2022|\d{1,2}\.)\s/.test(line)) items.push(line);
      else if (items.length > 0 && line.trim()) break;
    }
    return items;
  };

  it('finds each responsibility bullet under its own id, in the spec order', () => {
    const bullets = bulletsAfter(/^Here are responsibilities/);
    const ids: ChecklistId[] = [
      'delivery',
      'planning',
      'reporting',
      'problem-solving',
      'cost-benefit',
      'executive-presentation',
      'vendor-management',
      'customer-engagement',
    ];
    expect(bullets).toHaveLength(ids.length);
    bullets.forEach((bullet, index) => expect(shown(bullet).has(ids[index]!), bullet).toBe(true));
  });

  it('finds each qualification under its ids, and reads the degree and years', () => {
    const items = bulletsAfter(/^Here are qualifications/);
    const ids: ChecklistId[][] = [
      [],
      [],
      ['mentoring'],
      ['communication', 'team-leadership'],
      ['risk-management'],
      ['stakeholder-management'],
      ['multi-project'],
      ['technical-skills', 'prioritization'],
      ['organization'],
      ['initiative'],
    ];
    expect(items).toHaveLength(ids.length);
    items.forEach((item, index) => {
      for (const id of ids[index]!) expect(shown(item).has(id), `${id}: ${item}`).toBe(true);
    });
    const requirements = extractRequirements(splitSentences(items.join('\n')));
    expect(requirements.degree).toBe('bachelor');
    expect(requirements.minYearsExperience).toBe(3);
  });
});

describe.skipIf(!havePages)('real postings among the saved pages (test/fixtures/heldout-pages.labels.json)', () => {
  it('scores within modest bounds on postings the dev split never saw', () => {
    const score = scoreHeldoutPages();
    console.log(
      `held-out pages (${score.pages}): years ${score.years.toFixed(2)}, degree ${score.degree.toFixed(2)}, pay ${score.pay.toFixed(2)}, checklist P ${score.checklist.precision.toFixed(2)} R ${score.checklist.recall.toFixed(2)} F1 ${score.checklist.f1.toFixed(2)}`,
    );
    expect(score.pages).toBeGreaterThanOrEqual(12);
    expect(score.years).toBeGreaterThanOrEqual(0.75);
    expect(score.degree).toBeGreaterThanOrEqual(0.75);
    expect(score.pay).toBeGreaterThanOrEqual(0.8);
    expect(score.checklist.f1).toBeGreaterThanOrEqual(0.75);
  });
});

describe('evidence', () => {
  it('never quotes an equal-opportunity notice or a perk', () => {
    const text = [
      'We are an equal opportunity employer and do not discriminate on the basis of marital status or veteran status.',
      'A personal development budget of $2,000 per annum.',
      'Report project status to the steering committee every week.',
    ].join('\n');
    const reporting = matchChecklist(splitSentences(text)).find((item) => item.id === 'reporting')!;
    expect(reporting.evidence).toEqual(['Report project status to the steering committee every week.']);
    const budget = matchChecklist(splitSentences(text)).find((item) => item.id === 'cost-benefit')!;
    expect(budget.present).toBe(false);
  });

  it('never quotes the employer describing itself, even after a short lead-in', () => {
    const text = [
      'Since our founding in 1998, we have become the largest supplier of parts and a trusted systems integrator.',
      'Select and manage the vendors who supply test equipment.',
    ].join('\n');
    const vendors = matchChecklist(splitSentences(text)).find((item) => item.id === 'vendor-management')!;
    expect(vendors.evidence).toEqual(['Select and manage the vendors who supply test equipment.']);
  });

  it('reads a lower-case lead-in as the job, not as a company name', () => {
    const text = "Within Contoso IT organization, the project manager's mission is to deliver the new billing system.";
    const delivery = matchChecklist(splitSentences(text)).find((item) => item.id === 'delivery')!;
    expect(delivery.present).toBe(true);
    const blurb = 'Northwind Robotics is a leading provider of warehouse systems and delivers software to 400 sites.';
    expect(matchChecklist(splitSentences(blurb)).find((item) => item.id === 'delivery')!.present).toBe(false);
  });

  it('prefers the job text to a benefits or About-the-company section', () => {
    const text = [
      'About Acme',
      'Acme helps clients plan their growth.',
      'Responsibilities',
      'Plan releases and build the project schedule.',
    ].join('\n');
    const planning = matchChecklist(splitSentences(text)).find((item) => item.id === 'planning')!;
    expect(planning.evidence[0]).toBe('Plan releases and build the project schedule.');
  });

  it('reads only the items asked for, with the same result as a full read', () => {
    const sentences = splitSentences('Lead the team.\nTrack risks and report status weekly.');
    const some = matchChecklist(sentences, ['risk-management', 'reporting']);
    expect(some.map((item) => item.id)).toEqual(['risk-management', 'reporting']);
    const all = matchChecklist(sentences);
    for (const item of some) expect(all.find((other) => other.id === item.id)).toEqual(item);
  });
});

import {render} from 'preact';
import {describe, expect, it, vi} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {emptyProfile} from '../../../src/core/profile';
import {loadSalaryDataset} from '../../../src/core/salary/load';
import {Panel} from '../../../src/panel/Panel';
import {renderContainer} from '../../support/render-container';

const container = renderContainer();
const dataset = await loadSalaryDataset();

// Sentences quoted from ../shared/data/postings/dev.jsonl.
const posting = {
  title: 'Senior Technical Program Manager',
  company: 'Example',
  location: 'Remote, US',
  salaryText: '',
  description: [
    'Candidate must have the ability to obtain and maintain Secret Security Clearance.',
    'However, we are unable to sponsor H1B candidates at this time.',
    '8+ years of experience managing technical programs.',
  ].join('\n'),
};

describe('the screening line', () => {
  it('opens the panel with focusable parts that highlight their sentence', () => {
    const shown: string[] = [];
    const onShowEvidence = vi.fn((sentence: string) => (shown.push(sentence), true));
    render(<Panel analysis={analyze(posting)} onShowEvidence={onShowEvidence} />, container);
    const line = container.querySelector('[data-testid="screening-line"]')!;
    expect(line.textContent).toBe('Remote (US) · No sponsorship · Secret clearance required · 8+ years · Senior');
    const body = container.querySelector('#tpm-lens-body')!;
    expect(body.firstElementChild).toBe(line);
    const sponsorship = line.querySelector<HTMLButtonElement>('button[data-id="sponsorship"]')!;
    expect(sponsorship.tagName).toBe('BUTTON');
    sponsorship.click();
    expect(shown).toEqual(['However, we are unable to sponsor H1B candidates at this time.']);
  });

  it('says when a part was read from the location line rather than the text', async () => {
    render(<Panel analysis={analyze(posting)} onShowEvidence={() => false} />, container);
    container.querySelector<HTMLButtonElement>('button[data-id="workMode"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(container.querySelector('[role="status"]')?.textContent).toContain('title or location');
  });

  it('shows hard blockers first in the fit', () => {
    const analysis = analyze(posting, {profile: {...emptyProfile(), needsSponsorship: true, yearsExperience: 9}});
    render(<Panel analysis={analysis} />, container);
    expect(container.querySelector('[data-testid="fit-blockers"]')?.textContent).toContain(
      'posting offers no visa sponsorship; you need it',
    );
    expect(container.querySelector('[data-testid="fit-score"] .score')?.textContent).toBe('0');
  });

  it('sets the posted pay beside the pay the profile expects, as a warning when below', () => {
    const paid = {...posting, salaryText: '$120,000 - $140,000 a year'};
    const line = (payExpectation: number) => {
      render(<Panel analysis={analyze(paid, {profile: {...emptyProfile(), payExpectation}})} />, container);
      const found = [...container.querySelectorAll('[data-testid="fit-score"] p')].filter((p) =>
        /posted/i.test(p.textContent ?? ''),
      );
      // Said once, beside the score.
      expect(found).toHaveLength(1);
      return {text: found[0]!.textContent, warning: found[0]!.classList.contains('warning')};
    };
    expect(line(150000)).toEqual({text: 'Posted pay $120,000-$140,000 a year is below your $150,000.', warning: true});
    expect(line(100000)).toEqual({text: 'Posted pay $120,000-$140,000 a year meets your $100,000.', warning: false});
  });

  it('names the profile key skills the posting names', () => {
    const tracked = {...posting, description: `${posting.description}\nTrack the program in Jira.`};
    const profile = {...emptyProfile(), skills: ['Tableau', 'Jira']};
    render(<Panel analysis={analyze(tracked, {profile})} />, container);
    const texts = [...container.querySelectorAll('[data-testid="fit-score"] p')].map((p) => p.textContent);
    expect(texts.filter((text) => text === 'Your skills it names: Jira (1 of 2).')).toHaveLength(1);
  });

  it('says where an on-site job is against the profile home, as a warning when it means a move', () => {
    const onsite = {...posting, location: 'Austin, TX', description: `${posting.description}\nThis role is on-site.`};
    const place = (home: string) => {
      render(<Panel analysis={analyze(onsite, {dataset, profile: {...emptyProfile(), location: home}})} />, container);
      const line = container.querySelector('[data-testid="fit-place"]')!;
      return {text: line.textContent, warning: line.classList.contains('warning')};
    };
    expect(place('Seattle, WA')).toEqual({
      text: 'On-site in Austin, TX; your home, Seattle, WA, is in another metro area: a move or a long commute',
      warning: true,
    });
    expect(place('Round Rock, TX')).toEqual({
      text: 'On-site in Austin, TX, in your area (Austin-Round Rock-San Marcos, TX)',
      warning: false,
    });
  });
});

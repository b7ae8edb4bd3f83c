import {render} from 'preact';
import {describe, expect, it, vi} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import type {SalaryDataset} from '../../../src/core/benchmarks';
import {CHECKLIST_IDS} from '../../../src/core/ids';
import type {Analysis, Profile} from '../../../src/core/types';
import {Panel} from '../../../src/panel/Panel';
import {haveRealPostings} from '../../support/dev-postings';
import {labelledNonTpmPosting, samplePosting} from '../../support/sample-posting';
import {renderContainer} from '../../support/render-container';

const container = renderContainer();

const q = (selector: string) => container.querySelector(selector);
const qa = (selector: string) => Array.from(container.querySelectorAll(selector));
const button = (name: string) =>
  qa('button').find((el) => el.getAttribute('aria-label') === name || el.textContent?.trim() === name) as
    HTMLButtonElement | undefined;

/** Preact applies state changes after the current task. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const PROFILE: Profile = {
  version: 1,
  yearsExperience: 12,
  degree: 'bachelor',
  certifications: ['PMP'],
  checklist: ['communication', 'stakeholder-management', 'delivery', 'planning'],
  skills: ['Azure'],
  location: 'Seattle, WA',
  payExpectation: null,
};

describe('panel on a real TPM posting', () => {
  const analysis = analyze(samplePosting());

  it('is a TPM posting according to the core (the sample is a Principal TPM role)', () => {
    expect(analysis.detection.isTechnicalProjectManager).toBe(true);
  });

  it('shows title, verdict, completeness and one checklist item per id with its presence', () => {
    render(<Panel analysis={analysis} />, container);
    expect(q('[data-testid=posting-title]')?.textContent).toBe(analysis.posting.title);
    expect(q('[data-testid=verdict]')?.getAttribute('data-verdict')).toBe('tpm');
    expect(q('[data-testid=completeness-score]')?.textContent).toContain(
      String(Math.round(analysis.completeness.score)),
    );
    const items = qa('[data-testid=checklist-item]');
    expect(items.map((item) => item.getAttribute('data-id')).sort()).toEqual([...CHECKLIST_IDS].sort());
    for (const match of analysis.checklist) {
      const item = items.find((el) => el.getAttribute('data-id') === match.id)!;
      expect(item.getAttribute('data-present')).toBe(String(match.present));
      // Each sentence whole, or cut around the words that show the item with the whole sentence on hover.
      const quotes = [...item.querySelectorAll('blockquote')];
      expect(quotes).toHaveLength(match.evidence.length);
      match.evidence.forEach((sentence, index) => {
        const quote = quotes[index]!;
        const shown = quote.querySelector('bdi')!.textContent!;
        if (quote.title) {
          expect(quote.title).toBe(sentence);
          expect(shown.length).toBeLessThan(sentence.length + 2);
          for (const part of shown.split('\u2026').filter(Boolean)) expect(sentence).toContain(part);
        } else expect(shown).toBe(sentence);
        const at = match.shownAt?.[index];
        expect(quote.querySelector('mark')?.textContent ?? null).toBe(at ? sentence.slice(...at) : null);
      });
    }
  });

  it('invites to set up a profile and shows no fit number without one', () => {
    const onSetUpProfile = vi.fn();
    render(<Panel analysis={analysis} onSetUpProfile={onSetUpProfile} />, container);
    const fit = q('[data-testid=fit-score]')!;
    expect(fit.getAttribute('data-has-profile')).toBe('false');
    expect(fit.textContent).not.toMatch(/\d/);
    button('Set up your profile')!.click();
    expect(onSetUpProfile).toHaveBeenCalledOnce();
  });

  it('shows the fit score with a profile', () => {
    const withFit = analyze(samplePosting(), {profile: PROFILE});
    render(<Panel analysis={withFit} />, container);
    const fit = q('[data-testid=fit-score]')!;
    expect(fit.getAttribute('data-has-profile')).toBe('true');
    expect(fit.textContent).toContain(String(withFit.fit!.score));
  });

  it('gives every benchmark figure its source and date', () => {
    render(<Panel analysis={analysis} />, container);
    const salary = q('[data-testid=salary-benchmark]')!;
    const figures = analysis.salary.benchmark?.figures ?? [];
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) expect(salary.textContent).toContain(`Source: ${figure.source}, ${figure.date}`);
  });

  it('says "no data" when there is no benchmark', () => {
    const empty: SalaryDataset = {
      benchmarkFor: () => ({place: 'Nowhere', scope: 'national', fallbackReason: 'no local data', figures: []}),
    };
    render(<Panel analysis={analyze(samplePosting(), {dataset: empty})} />, container);
    expect(q('[data-testid=salary-benchmark]')!.textContent).toContain('no data');
  });

  it('collapses, expands and dismisses with labelled buttons', async () => {
    const onDismiss = vi.fn();
    render(<Panel analysis={analysis} onDismiss={onDismiss} />, container);
    const toggle = button('Collapse TPM Lens')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.click();
    await flush();
    expect((q('#tpm-lens-body') as HTMLElement).hidden).toBe(true);
    expect(button('Expand TPM Lens')!.getAttribute('aria-expanded')).toBe('false');
    button('Expand TPM Lens')!.click();
    await flush();
    expect((q('#tpm-lens-body') as HTMLElement).hidden).toBe(false);
    button('Close TPM Lens')!.click();
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('applies a remembered collapse that arrives after the first render, never over a click made since', async () => {
    render(<Panel analysis={analysis} startCollapsed={false} />, container);
    expect((q('#tpm-lens-body') as HTMLElement).hidden).toBe(false);
    render(<Panel analysis={analysis} startCollapsed />, container);
    await flush();
    expect((q('#tpm-lens-body') as HTMLElement).hidden).toBe(true);
    button('Expand TPM Lens')!.click();
    await flush();
    // The same choice rendered again (another update of the page) leaves the reader's click alone.
    render(<Panel analysis={analysis} startCollapsed />, container);
    await flush();
    expect((q('#tpm-lens-body') as HTMLElement).hidden).toBe(false);
  });

  it('shows evidence in the posting, and says so when the page no longer shows the sentence', async () => {
    // The page still shows the first quoted sentence, not the second.
    const onPage = analysis.checklist.find((match) => match.evidence.length > 0)!.evidence[0];
    const onShowEvidence = vi.fn((sentence: string) => sentence === onPage);
    render(<Panel analysis={analysis} onShowEvidence={onShowEvidence} />, container);
    const [first, second] = qa('blockquote');
    if (!first || !second) throw new Error('the sample posting quotes fewer than two sentences');
    const showButton = (quote: Element) => quote.querySelector('button')!;
    showButton(first).click();
    showButton(second).click();
    await flush();
    expect(onShowEvidence).toHaveBeenCalledTimes(2);
    expect(showButton(first).textContent).toBe('show in posting');
    expect(showButton(first).disabled).toBe(false);
    expect(showButton(second).textContent).toBe('not found on the page');
    expect(showButton(second).disabled).toBe(true);
  });

  it('saves the posting once, and says why when it could not', async () => {
    let settle!: {resolve: () => void; reject: (error: Error) => void};
    const onSave = () => new Promise<void>((resolve, reject) => (settle = {resolve, reject}));
    render(<Panel analysis={analysis} onSave={onSave} />, container);
    const save = () => q('[data-testid=save-posting]') as HTMLButtonElement;
    save().click();
    await flush();
    expect([save().textContent, save().disabled]).toEqual(['Saving…', true]);
    settle.reject(new Error('the store is full'));
    await flush();
    expect(q('[role=alert]')?.textContent).toBe('Not saved: the store is full');
    expect(save().disabled).toBe(false);
    save().click();
    settle.resolve();
    await flush();
    expect([save().textContent, save().disabled]).toEqual(['Saved to your postings', true]);
    expect(q('[role=alert]')).toBeNull();
  });

  it('renders page text as text, never as markup', () => {
    const hostile = {...samplePosting(), title: 'TPM <img src=x onerror="alert(1)">'};
    render(<Panel analysis={analyze(hostile)} />, container);
    expect(q('img')).toBeNull();
    expect(q('[data-testid=posting-title]')!.textContent).toBe(hostile.title);
  });
});

describe.skipIf(!haveRealPostings)('panel on a real non-TPM posting (../shared/data)', () => {
  it('opens in full (the content script shows it once the reader opens the "Not a TPM role" chip)', () => {
    const analysis: Analysis = analyze(labelledNonTpmPosting());
    expect(analysis.detection.isTechnicalProjectManager).toBe(false);
    render(<Panel analysis={analysis} startCollapsed />, container);
    expect(q('[data-testid=posting-title]')?.textContent).toBe(analysis.posting.title);
    expect(q('[data-testid=verdict]')?.getAttribute('data-verdict')).toBe('not-tpm');
    expect((q('#tpm-lens-body') as HTMLElement).hidden).toBe(false);
  });
});

describe('the words that show an item, in its evidence', () => {
  // SYNTHETIC, in the form of a flattened LinkedIn list: one "sentence" of about 480 characters shown whole for a
  // dozen items before, the words that showed each nowhere marked.
  const long =
    'Interface with the PMO, the businesses and plant leadership to develop and deliver small projects that reduce cost and sustain operations across every site, then partner with plant managers on budgets and vendor contracts for each of them, and finally prepare weekly status reports for senior leadership on schedule, scope and cost across ten to twenty projects at a time in the region and beyond it.';
  const analysis = analyze({
    title: 'Technical Program Manager',
    company: 'Acme',
    location: 'Austin, TX',
    salaryText: '',
    description: `Lead software programs with engineering teams.\n${long}`,
  });

  it('marks them, and cuts a long sentence around them with the whole sentence on hover', async () => {
    render(<Panel analysis={analysis} onShowEvidence={() => true} />, container);
    const item = qa('[data-testid=checklist-item]').find((el) => el.getAttribute('data-id') === 'reporting')!;
    const quote = item.querySelector('blockquote')!;
    const mark = quote.querySelector('mark')!;
    expect(mark.textContent).toMatch(/status/i);
    expect(quote.title).toBe(long);
    const shown = quote.querySelector('bdi')!.textContent!;
    expect(shown.length).toBeLessThan(long.length / 2 + 40);
    expect(shown.startsWith('\u2026') && shown.endsWith('\u2026')).toBe(true);
    // "show in posting" looks for the whole sentence on the page, not the part shown.
    const onShow = vi.fn(() => true);
    render(<Panel analysis={analysis} onShowEvidence={onShow} />, container);
    const again = qa('[data-testid=checklist-item]').find((el) => el.getAttribute('data-id') === 'reporting')!;
    again.querySelector<HTMLButtonElement>('button.link')!.click();
    await flush();
    expect(onShow).toHaveBeenCalledWith(long);
  });
});

// Issue 13 items 9, 10 and 1 in the panel: page text is isolated (a U+202E in a title must not reverse
// the panel's words after it), a saved profile that failed to load is said so (not "Set up your
// profile"), and a cut description is stated.
import {render} from 'preact';
import {describe, expect, it} from 'vitest';
import {createAnalyzer} from '../../../src/background/analysis';
import {analyze} from '../../../src/core/analyze';
import {articleDataset} from '../../../src/core/benchmarks';
import {MAX_DESCRIPTION_CHARS} from '../../../src/core/input-limits';
import {Panel} from '../../../src/panel/Panel';
import {TabSummary} from '../../../src/popup/TabSummary';
import {summarize} from '../../../src/messages/summary';
import {renderContainer} from '../../support/render-container';

const container = renderContainer();

const RLO = '\u202e';
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const description =
  'Technical Program Manager. Lead cross-functional programs with engineering teams.\nEvil\u202e sentence: own the roadmap and drive releases with stakeholders.\nSalary: $150,000 - $180,000 a year.';
const hostile = {
  title: `Technical Program Manager ${RLO}reganaM`,
  company: `Acme${RLO} Corp`,
  location: `Austin, TX${RLO}`,
  salaryText: '',
  description,
};

/** Every text node of page text sits in a <bdi>, and no direction control reaches the screen. */
function expectIsolated(root: Element, pageStrings: readonly string[]) {
  expect(BIDI.test(root.textContent ?? '')).toBe(false);
  const isolated = [...root.querySelectorAll('bdi')].map((element) => element.textContent);
  for (const text of pageStrings) expect(isolated).toContain(text.replace(new RegExp(BIDI.source, 'g'), ''));
}

describe('page text in the panel and popup', () => {
  it('title, company and location are isolated and carry no direction controls', () => {
    const analysis = analyze(hostile);
    render(<Panel analysis={analysis} />, container);
    expectIsolated(container, [hostile.title, hostile.company, hostile.location]);
    expect(container.querySelector('[data-testid=posting-title]')?.textContent).toBe(
      'Technical Program Manager reganaM',
    );
  });

  it('the chip of a posting that is not a TPM role, too', () => {
    const analysis = analyze({
      ...hostile,
      title: `Nurse ${RLO}Practitioner`,
      description: 'Care for patients in the ward.',
    });
    render(<Panel analysis={analysis} />, container);
    expect(BIDI.test(container.innerHTML)).toBe(false);
  });

  it('evidence sentences are isolated', () => {
    const analysis = analyze(hostile);
    render(<Panel analysis={analysis} />, container);
    const quotes = [...container.querySelectorAll('blockquote')];
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote.querySelector('bdi')).not.toBeNull();
  });

  it('the popup summary of the tab', () => {
    render(<TabSummary summary={summarize(analyze(hostile), 'https://example.com/job')} />, container);
    expectIsolated(container, [hostile.title, hostile.company]);
  });
});

describe('a saved profile that failed to load', () => {
  it('the panel says so instead of inviting to set one up', async () => {
    const problem = 'The saved profile could not be read (degree: must be "bachelor", "master", "doctorate" or null).';
    const analyzer = createAnalyzer({
      loadProfile: async () => ({profile: null, problem}),
      benchmarkFor: (location) => articleDataset.benchmarkFor(location),
    });
    const analysis = await analyzer.analyze(hostile);
    expect(analysis.fit).toBeNull();
    expect(analysis.profileProblem).toBe(problem);
    render(<Panel analysis={analysis} onSetUpProfile={() => undefined} />, container);
    const fit = container.querySelector('[data-testid=fit-score]');
    expect(fit?.getAttribute('data-has-profile')).toBe('unreadable');
    expect(fit?.textContent).toContain('Your saved profile failed to load');
    expect(fit?.textContent).toContain(problem);
    expect(fit?.textContent).not.toContain('Set up your profile');
  });

  it('no saved profile at all still invites to set one up', async () => {
    const analyzer = createAnalyzer({
      loadProfile: async () => ({profile: null, problem: null}),
      benchmarkFor: (location) => articleDataset.benchmarkFor(location),
    });
    render(<Panel analysis={await analyzer.analyze(hostile)} onSetUpProfile={() => undefined} />, container);
    expect(container.querySelector('[data-testid=fit-score]')?.textContent).toContain('Set up your profile');
  });
});

describe('a description over the input cap', () => {
  it('the panel states what was analysed', () => {
    const analysis = analyze({
      ...hostile,
      description: `${description}\n`.repeat(Math.ceil((MAX_DESCRIPTION_CHARS * 2) / description.length)),
    });
    render(<Panel analysis={analysis} />, container);
    expect(container.querySelector('[data-testid=truncated]')?.textContent).toMatch(
      /^Analysed the first 100,000 characters of the description \([\d,]+ in all\)\.$/,
    );
  });
});

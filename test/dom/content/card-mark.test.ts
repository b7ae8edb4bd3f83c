// What a card's mark says about pay: annualised in its own currency (rupees in lakhs), the site's estimate
// labelled, and "no data" where the US benchmarks cannot say where non-USD pay stands.
import {describe, expect, it} from 'vitest';
import {countText, drawCardMark} from '../../../src/content/card-mark';
import {analyzeCard} from '../../../src/core/card';
import type {RememberedFigures} from '../../../src/messages/cards';

/** A TPM card's mark, drawn into a span of its own, with what the background answered beside the card. */
const drawn = (
  {title = 'Technical Program Manager', location = 'Seattle, WA', salaryText = ''},
  answer: {remembered?: RememberedFigures; yours?: string} = {},
) => {
  const into = document.createElement('span');
  const card = analyzeCard({title, company: 'Acme', location, salaryText});
  drawCardMark(into, {key: 'k', card, remembered: answer.remembered ?? null, yours: answer.yours});
  return into;
};

const markText = (salaryText: string, location = 'Chennai') => drawn({salaryText, location}).textContent;

describe('a card mark with pay', () => {
  it('shows rupees in lakhs with no US benchmark position: no data', () => {
    expect(markText('₹5L - ₹10L (Employer Est.)')).toBe('TPM₹5L-₹10L a year · US benchmark: no data');
    expect(markText('₹80K - ₹1L (Employer Est.)')).toBe('TPM₹9.6L-₹12L a year · US benchmark: no data');
    expect(markText('₹5L - ₹8L (Glassdoor Est.)')).toBe(
      'TPMGlassdoor estimate, not posted pay: ₹5L-₹8L a year · US benchmark: no data',
    );
  });

  it('keeps the code of other currencies and places US pay', () => {
    expect(markText('£80,000 a year', 'London')).toBe(
      'TPM80K-80K GBP a year · US benchmark: no data'.replace('80K-80K', '80K'),
    );
    expect(markText('$150K - $190K', 'Seattle, WA')).toMatch(/^TPM\$150K-\$190K a year · \S/);
  });

  it("ends with the background's words for the pay against the profile's expectation", () => {
    const into = drawn({location: 'Chennai', salaryText: '$120K'}, {yours: 'below your pay'});
    expect(into.textContent).toMatch(/ · below your pay$/);
  });
});

describe('a card mark per verdict', () => {
  const draw = (title: string) => drawn({title});

  it('is a fresh copy each time: a strong TPM, a weak one, and a dot for a role that is not', () => {
    const first = draw('Technical Program Manager');
    const second = draw('Technical Program Manager');
    expect(first.innerHTML).toBe(second.innerHTML);
    expect(first.firstElementChild).not.toBe(second.firstElementChild);
    expect(first.querySelector('.mark.yes .verdict')?.textContent).toBe('TPM');
    expect(first.querySelector<HTMLElement>('.mark')?.title).toMatch(/^TPM Lens: /);
    expect(draw('Registered Nurse').querySelector('.mark.no .dot')?.getAttribute('aria-label')).toBe('Not a TPM role');
    const waiting = document.createElement('span');
    drawCardMark(waiting, null);
    expect(waiting.innerHTML).toBe('<span class="mark" aria-busy="true"></span>');
  });
});

describe("a card mark's remembered figures", () => {
  const draw = (remembered: RememberedFigures) =>
    drawn({}, {remembered}).querySelector<HTMLElement>('.fact.remembered')!;

  it('shows fit and completeness, and why a fit is 0 where the profile is ruled out', () => {
    const open = draw({tpm: true, completeness: 80, fit: 72, at: '2026-12-04T10:00:00.000Z'});
    expect(open.textContent).toBe('fit 72 · complete 80');
    expect(open.title).toBe('From your analysis of this posting, 2026-12-04');
    const blockers = ['posting is contract; you accept full-time', 'posting requires Secret clearance; you hold none'];
    const blocked = draw({tpm: true, completeness: 80, fit: 0, blockers, at: '2026-12-04T10:00:00.000Z'});
    expect(blocked.textContent).toBe('fit 0 blocked · complete 80');
    expect(blocked.title).toBe(`From your analysis of this posting, 2026-12-04. Blocked: ${blockers.join('; ')}`);
    expect(draw({tpm: true, completeness: 80, fit: null, at: '2026-12-04T10:00:00.000Z'}).textContent).toBe(
      'complete 80',
    );
  });

  it("takes the whole posting's verdict once opened over the title's: a maybe becomes TPM, a TPM title may be none", () => {
    const at = '2026-12-04T10:00:00.000Z';
    const maybe = drawn({title: 'Program Manager'});
    expect(maybe.querySelector('.mark.maybe')).not.toBeNull();
    const opened = drawn({title: 'Program Manager'}, {remembered: {tpm: true, completeness: 70, fit: null, at}});
    expect(opened.querySelector('.mark.yes .verdict')?.textContent).toBe('TPM');
    expect(opened.querySelector<HTMLElement>('.mark')?.title).toBe(
      'TPM Lens: a TPM role by the whole posting, which you opened',
    );
    const notTpm = drawn({}, {remembered: {tpm: false, completeness: 40, fit: null, at}});
    expect(notTpm.querySelector('.mark.no .dot')).not.toBeNull();
    expect(notTpm.querySelector<HTMLElement>('.mark')?.title).toBe(
      'TPM Lens: not a TPM role by the whole posting, which you opened',
    );
  });
});

describe("the list's count line", () => {
  it('agrees in number with what it counts', () => {
    expect(countText(9, 0, 25)).toBe('TPM Lens: 9 of 25 results look like TPM roles');
    expect(countText(1, 2, 25)).toBe('TPM Lens: 1 of 25 results looks like a TPM role (2 more may be)');
    expect(countText(0, 1, 1)).toBe('TPM Lens: 0 of 1 result look like TPM roles (1 more may be)');
  });
});

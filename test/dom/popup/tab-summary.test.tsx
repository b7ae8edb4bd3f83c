import {render} from 'preact';
import {describe, expect, it, vi} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {TabSummary} from '../../../src/popup/TabSummary';
import {summarize} from '../../../src/messages/summary';
import {PROFILE} from '../../support/posting-records';
import {samplePosting} from '../../support/sample-posting';
import {renderContainer} from '../../support/render-container';

const container = renderContainer();

describe('popup tab summary', () => {
  const summary = summarize(analyze(samplePosting()), 'https://www.indeed.com/viewjob?jk=a236b8c953c539fa');

  it('shows the tab posting title, verdict and completeness, and invites a profile when there is no fit', () => {
    const onSetUpProfile = vi.fn();
    render(<TabSummary summary={summary} onSetUpProfile={onSetUpProfile} />, container);
    expect(container.querySelector('h2')?.textContent).toBe(summary.title);
    expect(container.querySelector('[data-testid=verdict]')?.textContent).toBe(
      summary.verdict === 'tpm' ? 'Technical project manager role' : 'Not a TPM role',
    );
    expect(container.querySelector('[data-testid=completeness-score]')?.textContent).toContain(
      String(summary.completeness),
    );
    const fit = container.querySelector('[data-testid=fit-score]')!;
    expect(fit.textContent).not.toMatch(/\d/);
    (fit.querySelector('button') as HTMLButtonElement).click();
    expect(onSetUpProfile).toHaveBeenCalledOnce();
  });

  it('shows the fit number when the summary has one', () => {
    render(<TabSummary summary={{...summary, fit: 64}} />, container);
    expect(container.querySelector('[data-testid=fit-score]')?.textContent).toContain('64');
  });

  it("says why a fit is 0: the profile's blockers, from the analysis", () => {
    const posting = {...samplePosting(), employmentType: 'CONTRACTOR'};
    const blocked = summarize(
      analyze(posting, {profile: {...PROFILE, employmentTypes: ['full-time']}}),
      'https://www.indeed.com/viewjob?jk=a236b8c953c539fa',
    );
    expect(blocked).toMatchObject({fit: 0, blockers: ['posting is contract; you accept full-time']});
    render(<TabSummary summary={blocked} />, container);
    expect(container.querySelector('[data-testid=fit-score]')?.textContent).toBe(
      'Your fit: 0/100, blocked: posting is contract; you accept full-time',
    );
    render(<TabSummary summary={{...blocked, blockers: undefined, fit: 64}} />, container);
    expect(container.querySelector('[data-testid=fit-score]')?.textContent).toBe('Your fit: 64/100');
  });

  it('says so when the tab holds no analysed posting, and offers to analyse the page', () => {
    const onAnalyze = vi.fn();
    render(<TabSummary summary={null} onAnalyze={onAnalyze} notice="No job posting found on this page." />, container);
    expect(container.querySelector('[data-testid=no-summary]')).not.toBeNull();
    const button = Array.from(container.querySelectorAll('button')).find(
      (el) => el.textContent === 'Analyze this page',
    )!;
    button.click();
    expect(onAnalyze).toHaveBeenCalledOnce();
    expect(container.querySelector('[data-testid=analyze-notice]')?.textContent).toBe(
      'No job posting found on this page.',
    );
  });
});

import {afterEach, describe, expect, it, vi} from 'vitest';
import {HOST_ID, mountNotice, mountPanel, unmountPanel} from '../../../src/content/mount';
import {analyze} from '../../../src/core/analyze';
import type {Analysis} from '../../../src/core/types';
import {clearLivePage} from '../../support/live-page';
import {haveRealPostings} from '../../support/dev-postings';
import {labelledNonTpmPosting, samplePosting} from '../../support/sample-posting';

// The "Not a TPM role" chip: plain DOM in the panel's shadow root (no preact until the reader opens it).

afterEach(() => {
  unmountPanel(document);
  clearLivePage();
});

const root = () => document.getElementById(HOST_ID)!.shadowRoot!;
const chipButton = () => root().querySelector<HTMLButtonElement>('[data-testid=not-tpm-chip] button');
/** Preact applies state changes after the current task. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe.skipIf(!haveRealPostings)('the "Not a TPM role" chip', () => {
  const analysis: Analysis = analyze(labelledNonTpmPosting());

  it('shows the chip, then the full analysis once opened, and says when it was opened', async () => {
    expect(analysis.detection.isTechnicalProjectManager).toBe(false);
    const onOpen = vi.fn();
    mountPanel(document, analysis, {onDismiss: () => {}, onSetUpProfile: () => {}, onOpen});
    expect(root().querySelector('[data-testid=panel]')).toBeNull();
    expect(chipButton()?.textContent).toContain('Not a TPM role');
    expect(chipButton()?.getAttribute('title')).toBe(`TPM Lens: ${analysis.posting.title}`);
    expect(chipButton()?.getAttribute('aria-expanded')).toBe('false');
    chipButton()!.focus();
    chipButton()!.click();
    await flush();
    expect(onOpen).toHaveBeenCalledOnce();
    // The reader's focus moves from the chip's button to the panel it opened.
    expect(root().activeElement?.getAttribute('aria-controls')).toBe('tpm-lens-body');
    expect(root().querySelector('[data-testid=not-tpm-chip]')).toBeNull();
    expect(root().querySelector('[data-testid=posting-title]')?.textContent).toBe(analysis.posting.title);
    expect(root().querySelector('[data-testid=verdict]')?.getAttribute('data-verdict')).toBe('not-tpm');
  });

  it('keeps its elements when the same posting is shown again, and calls the latest handlers', () => {
    const first = vi.fn();
    const latest = vi.fn();
    mountPanel(document, analysis, {onDismiss: first, onSetUpProfile: () => {}});
    const button = chipButton();
    mountPanel(document, analysis, {onDismiss: latest, onSetUpProfile: () => {}});
    expect(chipButton()).toBe(button);
    root().querySelector<HTMLButtonElement>('[aria-label="Close TPM Lens"]')!.click();
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledOnce();
  });

  it('stays open when the opened posting is shown again; another posting, or a notice between, starts as a chip', async () => {
    const handlers = {onDismiss: () => {}, onSetUpProfile: () => {}};
    mountPanel(document, analysis, handlers);
    chipButton()!.click();
    await flush();
    mountPanel(document, analysis, {...handlers, structuredData: null});
    await flush();
    expect(root().querySelector('[data-testid=posting-title]')).not.toBeNull();
    expect(chipButton()).toBeNull();

    const other = analyze({
      ...labelledNonTpmPosting(),
      title: 'Construction Project Manager',
      url: 'https://example.com/2',
    });
    mountPanel(document, other, handlers);
    expect(root().querySelector('[data-testid=posting-title]')).toBeNull();
    expect(chipButton()?.getAttribute('title')).toBe('TPM Lens: Construction Project Manager');

    chipButton()!.click();
    await flush();
    mountNotice(document, {title: null, message: 'Reading…', busy: true, onDismiss: () => {}});
    mountPanel(document, other, handlers);
    expect(chipButton()).not.toBeNull();
    // One container, holding the chip alone: nothing of the notice or the panel is left beside it.
    expect(root().lastElementChild!.children).toHaveLength(1);
  });

  it('writes the page title as text, isolated and without direction controls', () => {
    const hostile = {...labelledNonTpmPosting(), title: 'Sales <img src=x onerror="alert(1)"> \u202eeganaM'};
    mountPanel(document, analyze(hostile), {onDismiss: () => {}, onSetUpProfile: () => {}});
    expect(root().querySelector('img')).toBeNull();
    expect(chipButton()?.getAttribute('title')).toBe('TPM Lens: Sales <img src=x onerror="alert(1)"> eganaM');
    expect(root().querySelector('[data-testid=not-tpm-chip] bdi')?.textContent).toBe(
      'Sales <img src=x onerror="alert(1)"> eganaM',
    );
  });
});

describe('a TPM posting', () => {
  it('opens at once, with no chip', () => {
    mountPanel(document, analyze(samplePosting()), {onDismiss: () => {}, onSetUpProfile: () => {}});
    expect(chipButton()).toBeNull();
    expect(root().querySelector('[data-testid=panel]')).not.toBeNull();
  });
});

// List mode on a real saved list page (Indeed search 2026), in a DOM: one mark per card, batched requests,
// re-used cards never keep a stale mark, dim, header, fit after opening, teardown.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {analyzeCard} from '../../../src/core/card';
import type {Profile} from '../../../src/core/types';
import {withoutSvgStyles} from '../../../src/cli/html-document';
import {createListMode} from '../../../src/content/list';
import type {CardRequest, CardsAnswer} from '../../../src/messages/cards';
import {haveShared, SHARED_HTML} from '../../support/pages';
import {samplePosting} from '../../support/sample-posting';

const URL_ = 'https://www.indeed.com/q-data-analyst-l-portland,-or-jobs.html';
const CARD = '.job_seen_beacon';

function setUp(options: {dimmed?: boolean} = {}) {
  const html = withoutSvgStyles(
    readFileSync(join(SHARED_HTML, 'indeed/DanWarner00_ai-job-search-platform-indeed_page.html'), 'utf8'),
  );
  const body = /<body[^>]*>([\s\S]*)<\/body>/i
    .exec(html)![1]!
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<(?:link|img|iframe)\b[^>]*>/gi, '');
  document.body.innerHTML = body;
  const batches: CardRequest[][] = [];
  // The background answers with the stored dim choice beside the verdicts.
  const answer = (cards: CardRequest[]): CardsAnswer => ({
    results: cards.map(({key, ...card}) => ({key, card: analyzeCard(card), remembered: null})),
    dim: options.dimmed ?? false,
  });
  const requestCards = vi.fn(async (cards: CardRequest[]): Promise<CardsAnswer> => {
    batches.push(cards);
    return answer(cards);
  });
  const saveDim = vi.fn(async () => undefined);
  let href = URL_;
  const list = createListMode({doc: document, currentUrl: () => href, requestCards, saveDim});
  return {list, batches, requestCards, saveDim, answer, go: (next: string) => (href = next)};
}

const settle = (ms = 80) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits for a condition rather than a fixed time: the suite shares a loaded machine. */
const until = (assertion: () => void) => vi.waitFor(assertion, {timeout: 15_000, interval: 20});
const allMarked = (count: number) => until(() => expect(hosts()).toHaveLength(count));
/** Live marks with a verdict (a copy cloned with its card has no shadow root). */
const hosts = (root: ParentNode = document) =>
  [...root.querySelectorAll('[data-tpm-lens-card]')].filter((host) => host.shadowRoot);
const cards = () => [...document.querySelectorAll(CARD)];

describe.skipIf(!haveShared)('list mode on the Indeed search page', () => {
  let stop: (() => void) | null = null;
  beforeEach(() => {
    stop = null;
  });
  afterEach(() => {
    stop?.();
    document.body.innerHTML = '';
  });
  /** The page set up with the first batch's answer held until `answer()` is called. */
  function withFirstAnswerHeld() {
    const page = setUp();
    stop = page.list.stop;
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    page.requestCards.mockImplementationOnce(async (sent: CardRequest[]) => {
      page.batches.push(sent);
      await answered;
      return page.answer(sent);
    });
    return {list: page.list, batches: page.batches, answer: () => answer()};
  }
  /** The Indeed page set up and scanned, its 16 cards marked. */
  async function marked() {
    const page = setUp();
    stop = page.list.stop;
    page.list.refresh();
    await allMarked(16);
    return page;
  }

  it('marks each of the 16 cards once, from one batched request, and says how many look like TPM roles', async () => {
    const {batches} = await marked();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(16);
    for (const card of cards()) expect(hosts(card), card.textContent?.slice(0, 40)).toHaveLength(1);
    expect(hosts().map((host) => host.getAttribute('data-tpm-lens-card'))).toEqual(Array(16).fill('no'));
    expect(document.querySelector('[data-tpm-lens-list]')?.getAttribute('data-tpm-lens-list')).toBe(
      'TPM Lens: 0 of 16 results look like TPM roles',
    );
    // Marks sit beside the title, in their own shadow root.
    const host = hosts()[0]!;
    expect(host.previousElementSibling?.matches('h2.jobTitle')).toBe(true);
    expect(host.shadowRoot?.textContent).toContain('$58K-$87K a year');
  });

  it('start() scans in a task of its own, after the start-up task, and a card gets its mark with its answer', async () => {
    const {list, batches, answer} = withFirstAnswerHeld();
    list.start();
    // Nothing read or written in the caller's task.
    expect(document.querySelectorAll('[data-tpm-lens-host]')).toHaveLength(0);
    expect(batches).toHaveLength(0);
    await until(() => expect(batches).toHaveLength(1));
    // Asked, not answered: nothing in the cards yet (an empty host now would cost the page a layout and a
    // paint of the list of its own, before the one for the verdicts).
    await settle();
    expect(document.querySelectorAll('[data-tpm-lens-host]')).toHaveLength(0);
    // No count before the verdicts: "0 of 16" would count nothing yet.
    expect(document.querySelector('[data-tpm-lens-list]')).toBeNull();
    answer();
    await allMarked(16);
    expect(hosts().every((host) => host.shadowRoot?.querySelector('.mark .verdict, .mark .dot'))).toBe(true);
    expect(document.querySelector('[data-tpm-lens-list]')?.getAttribute('data-tpm-lens-list')).toBe(
      'TPM Lens: 0 of 16 results look like TPM roles',
    );
  });

  it('drops a mark the page moved into a new card, so each card keeps exactly one', async () => {
    await marked();
    const first = cards()[0]!;
    const moved = hosts(first)[0]!;
    // A re-render replaces the first card with a new one for another job, carrying the old card's mark along.
    const item = first.closest('li')!;
    const fresh = item.cloneNode(true) as Element;
    for (const copy of fresh.querySelectorAll('[data-tpm-lens-host]')) copy.remove();
    fresh.querySelector('a[data-jk]')!.setAttribute('data-jk', 'moved1');
    fresh.querySelector('h2')!.append(moved);
    item.replaceWith(fresh);
    const card = fresh.querySelector(CARD) ?? fresh;
    await until(() => expect(moved.isConnected).toBe(false));
    await until(() => expect(hosts(card)).toHaveLength(1));
    for (const each of cards()) expect(hosts(each)).toHaveLength(1);
  });

  it('marks appended cards (infinite scroll) with one more batch and no doubles, copies of marks dropped', async () => {
    const {batches} = await marked();
    const first = cards()[0]!;
    const parent = first.closest('li')!.parentElement!;
    for (let index = 0; index < 25; index++) {
      const clone = first.closest('li')!.cloneNode(true) as Element;
      const link = clone.querySelector('a[data-jk]')!;
      link.setAttribute('data-jk', `clone${index}`);
      clone.querySelector('[id^="jobTitle-"]')!.textContent =
        index % 2 ? 'Technical Program Manager' : 'Program Manager';
      parent.append(clone);
    }
    await until(() => expect(batches).toHaveLength(2));
    await allMarked(41);
    expect(cards()).toHaveLength(41);
    for (const card of cards()) expect(hosts(card)).toHaveLength(1);
    expect(document.querySelectorAll('[data-tpm-lens-host]:not([data-tpm-lens-list])')).toHaveLength(41);
    expect(batches).toHaveLength(2);
    expect(batches[1]).toHaveLength(25);
    expect(hosts().filter((host) => host.getAttribute('data-tpm-lens-card') === 'yes')).toHaveLength(12);
    expect(hosts().filter((host) => host.getAttribute('data-tpm-lens-card') === 'maybe')).toHaveLength(13);
    expect(document.querySelector('[data-tpm-lens-list]')?.getAttribute('data-tpm-lens-list')).toBe(
      'TPM Lens: 12 of 41 results look like TPM roles (13 more may be)',
    );
  });

  it('never keeps a stale mark on a card element re-used for another job', async () => {
    await marked();
    const card = cards()[3]!;
    expect(hosts(card)[0]!.getAttribute('data-tpm-lens-card')).toBe('no');
    card.querySelector('[id^="jobTitle-"]')!.textContent = 'Senior Technical Program Manager';
    card.querySelector('a[data-jk]')!.setAttribute('data-jk', 'reused1');
    await until(() => expect(hosts(card)[0]?.getAttribute('data-tpm-lens-card')).toBe('yes'));
    expect(hosts(card)).toHaveLength(1);
  });

  // The old job's answer after the re-used card was read again, or before (in the same task as the change,
  // so that its marks go in before the card is read again).
  it.each(['after', 'before'] as const)(
    'gives a card re-used while its verdict was awaited the mark of its new job (old answer %s the new read)',
    async (order) => {
      const {list, batches, answer} = withFirstAnswerHeld();
      list.refresh();
      await until(() => expect(batches).toHaveLength(1));
      const card = cards()[3]!;
      // Every verdict the card ever shows, the moment its mark goes in (not only where it ends).
      const shown: Array<string | null> = [];
      const watcher = new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node instanceof Element && node.hasAttribute('data-tpm-lens-host'))
              shown.push(node.getAttribute('data-tpm-lens-card'));
      });
      watcher.observe(card, {childList: true, subtree: true});
      card.querySelector('[id^="jobTitle-"]')!.textContent = 'Senior Technical Program Manager';
      card.querySelector('a[data-jk]')!.setAttribute('data-jk', 'reused2');
      if (order === 'before') answer();
      await until(() => expect(batches).toHaveLength(2));
      expect(batches[1]!.map((sent) => sent.key)).toEqual(['indeed:reused2']);
      answer();
      await allMarked(16);
      await settle();
      expect(hosts(card)).toHaveLength(1);
      expect(hosts(card)[0]!.getAttribute('data-tpm-lens-card')).toBe('yes');
      for (const each of cards()) expect(hosts(each)).toHaveLength(1);
      // The old job (a data analyst role: "no") never showed on the card re-used for a TPM role.
      watcher.disconnect();
      expect(shown).toEqual(['yes']);
    },
  );

  it('dims the cards that are not TPM roles when asked, and remembers the choice', async () => {
    const {list, saveDim} = await marked();
    expect(document.querySelectorAll('[data-tpm-lens-dimmed]')).toHaveLength(0);
    const header = document.querySelector('[data-tpm-lens-list]')!;
    (header.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    expect(document.querySelectorAll('[data-tpm-lens-dimmed]')).toHaveLength(16);
    expect(saveDim).toHaveBeenCalledWith(true);
    list.dimChanged(false);
    expect(document.querySelectorAll('[data-tpm-lens-dimmed]')).toHaveLength(0);
    list.dimChanged(true);
    expect(document.querySelectorAll('[data-tpm-lens-dimmed]')).toHaveLength(16);
    list.dimChanged(false);
    expect(document.querySelectorAll('[data-tpm-lens-dimmed]')).toHaveLength(0);
  });

  it('starts dimmed when the stored choice (sent with the answers) says so, unless the user chose meanwhile', async () => {
    const {list} = setUp({dimmed: true});
    stop = list.stop;
    list.refresh();
    await until(() => expect(document.querySelectorAll('[data-tpm-lens-dimmed]')).toHaveLength(16));
    list.stop();
    document.body.innerHTML = '';
    const again = setUp({dimmed: true});
    stop = again.list.stop;
    again.list.refresh();
    // Turned off (in the popup) before the first answers came: that choice stands.
    again.list.dimChanged(false);
    await allMarked(16);
    await settle();
    expect(document.querySelectorAll('[data-tpm-lens-dimmed]')).toHaveLength(0);
  });

  it('shows fit and completeness on the card of a posting just analysed', async () => {
    const {list} = await marked();
    const profile: Profile = {
      version: 1,
      yearsExperience: 5,
      degree: 'bachelor',
      certifications: [],
      checklist: [],
      skills: [],
      location: null,
      payExpectation: null,
    };
    const analysis = analyze(samplePosting(), {profile});
    const key = `indeed:${cards()[0]!.querySelector('a[data-jk]')!.getAttribute('data-jk')}`;
    list.analysisArrived(key, analysis);
    const text = hosts(cards()[0]!)[0]!.shadowRoot!.textContent!;
    expect(text).toContain(`fit ${Math.round(analysis.fit!.score)}`);
    expect(text).toContain(`complete ${Math.round(analysis.completeness.score)}`);
    expect(text).not.toContain('blocked');
    // The card's title reads as no TPM role; the whole posting, now opened, is one: the mark and the count follow it.
    expect(analysis.detection.isTechnicalProjectManager).toBe(true);
    expect(hosts(cards()[0]!)[0]!.getAttribute('data-tpm-lens-card')).toBe('yes');
    expect(document.querySelector('[data-tpm-lens-list]')?.getAttribute('data-tpm-lens-list')).toBe(
      'TPM Lens: 1 of 16 results looks like a TPM role',
    );
    list.dimChanged(true);
    await until(() => expect(document.querySelectorAll('[data-tpm-lens-dimmed]')).toHaveLength(15));
    expect(cards()[0]!.closest('[data-tpm-lens-dimmed]')).toBeNull();
    list.dimChanged(false);
    // A profile the posting rules out: the card says the 0 is a block, and why in its tooltip.
    const blocked = analyze(
      {...samplePosting(), employmentType: 'CONTRACTOR'},
      {profile: {...profile, employmentTypes: ['full-time']}},
    );
    list.analysisArrived(key, blocked);
    const fact = hosts(cards()[0]!)[0]!.shadowRoot!.querySelector<HTMLElement>('.fact.remembered')!;
    expect(fact.textContent).toBe(`fit 0 blocked · complete ${Math.round(blocked.completeness.score)}`);
    expect(fact.title).toMatch(/\. Blocked: posting is contract; you accept full-time$/);
  });

  it('observes the list container only, and leaves nothing behind off a list route', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const {list, go} = await marked();
    const targets = observe.mock.calls.map(([target]) => target as Element);
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(target.id).toBe('mosaic-provider-jobcards');
    observe.mockRestore();
    go('https://www.indeed.com/viewjob?jk=29dd4196cccd7eaf');
    list.refresh();
    expect(document.querySelectorAll('[data-tpm-lens-host]')).toHaveLength(0);
  });

  it('asks again after a failed request, and never throws into the page', async () => {
    const {list, requestCards} = setUp();
    stop = list.stop;
    requestCards.mockRejectedValueOnce(new Error('background asleep'));
    list.refresh();
    await until(() => expect(requestCards).toHaveBeenCalledTimes(1));
    await settle();
    expect(hosts()).toHaveLength(0);
    list.refresh();
    await allMarked(16);
  });
});

// A small single-page test site in the manner of LinkedIn's logged-in job search: a result list and a
// detail pane whose content is replaced on a click, with history.pushState to
// /jobs/search/?currentJobId=N (as LinkedIn does). Class names are the ones LinkedIn's real saved split
// pane uses (JoyKimaiyo_web-scraping-data-jobs-linkedin_page.html); the postings are real ones from
// ../shared/data/postings/dev.jsonl. The page's inline script runs under a nonce CSP, as on LinkedIn.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';

export interface PanePosting {
  id: string;
  title: string;
  company: string;
  location: string;
  description: string;
}

type Row = {id: string; title: string | null; company: string | null; location: string | null; description: string};
type Label = {id: string; is_tpm: string};

/**
 * Real postings people labelled as TPM roles (so the panel opens on them and shows its title), with
 * distinct titles and enough text to read. The first `count` that qualify, in file order.
 */
export function pickPostings(dataDir: string, count: number): PanePosting[] {
  const lines = (file: string) =>
    readFileSync(join(dataDir, 'postings', file), 'utf8')
      .split('\n')
      .filter((line) => line.trim());
  const tpm = new Set(
    lines('dev.labels.jsonl')
      .map((line) => JSON.parse(line) as Label)
      .filter((label) => label.is_tpm === 'yes')
      .map((label) => label.id),
  );
  const picked: PanePosting[] = [];
  for (const row of lines('dev.jsonl').map((line) => JSON.parse(line) as Row)) {
    if (!tpm.has(row.id) || !row.title || !row.company || !row.location || row.description.length < 1500) continue;
    if (picked.some((posting) => posting.title === row.title)) continue;
    picked.push({
      id: String(4_300_000_000 + picked.length * 7919),
      title: row.title,
      company: row.company,
      location: row.location,
      description: row.description,
    });
    if (picked.length === count) break;
  }
  if (picked.length < count)
    throw new Error(`only ${picked.length} labelled TPM postings qualify for the split-pane page`);
  return picked;
}

export const SPLIT_PANE_NONCE = 'tpm-lens-e2e-split-pane';
export const SPLIT_PANE_CSP = `default-src 'none'; script-src 'nonce-${SPLIT_PANE_NONCE}'; form-action 'none'`;

export const splitPanePath = (id: string) => `/jobs/search/?currentJobId=${id}`;

/** The page script: renders the pane for ?currentJobId, switches on a click (pushState) and on popstate. */
function pageScript(): void {
  type Posting = {id: string; title: string; company: string; location: string; description: string};
  type TestHooks = {clickAt: number; contentAt: number; popAt: number; contentDelayMs: number; restored: number};
  const postings = JSON.parse(document.getElementById('postings')!.textContent!) as Posting[];
  const hooks: TestHooks = {clickAt: 0, contentAt: 0, popAt: 0, contentDelayMs: 0, restored: 0};
  (window as unknown as {tpmTest: TestHooks}).tpmTest = hooks;
  const pane = document.querySelector('.jobs-search__job-details')!;
  const el = (tag: string, className: string, ...children: Array<Node | string>) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    node.append(...children);
    return node;
  };
  const detail = (posting: Posting) => {
    const paragraphs = posting.description
      .split(/\n+/)
      .filter((line) => line.trim())
      .map((line) => el('p', '', line));
    return el(
      'div',
      'jobs-search__job-details--wrapper',
      el(
        'div',
        'job-details-jobs-unified-top-card__container--two-pane',
        el('div', 'job-details-jobs-unified-top-card__company-name', el('a', '', posting.company)),
        el('div', 't-24 job-details-jobs-unified-top-card__job-title', el('h1', 't-24 t-bold inline', posting.title)),
        el(
          'div',
          'job-details-jobs-unified-top-card__primary-description-container',
          el(
            'div',
            't-black--light mt2 job-details-jobs-unified-top-card__tertiary-description-container',
            el('span', 'tvm__text', posting.location),
            el('span', 'tvm__text', ' · 2 days ago'),
          ),
        ),
      ),
      el(
        'article',
        'jobs-description__container',
        el(
          'div',
          'jobs-description__content jobs-description-content',
          el('div', 'jobs-box__html-content', el('h2', '', 'About the job'), ...paragraphs),
        ),
      ),
    );
  };
  const show = (id: string) => {
    const posting = postings.find((candidate) => candidate.id === id) ?? postings[0]!;
    document.title = `${posting.title} | ${posting.company} | LinkedIn`;
    pane.replaceChildren(detail(posting));
    hooks.contentAt = performance.now();
  };
  const currentId = () => new URLSearchParams(location.search).get('currentJobId') ?? postings[0]!.id;
  for (const item of document.querySelectorAll<HTMLElement>('[data-occludable-job-id]')) {
    item.addEventListener('click', (event) => {
      event.preventDefault();
      hooks.clickAt = performance.now();
      const id = item.dataset.occludableJobId!;
      history.pushState({id}, '', `/jobs/search/?currentJobId=${id}`);
      if (hooks.contentDelayMs > 0) {
        // As on LinkedIn: the URL changes at once, the previous posting stays on screen until the
        // selected one has arrived. Reading the pane at the URL change would read the wrong posting.
        setTimeout(() => show(id), hooks.contentDelayMs);
      } else {
        show(id);
      }
    });
  }
  addEventListener('popstate', () => {
    hooks.popAt = performance.now();
    show(currentId());
  });
  addEventListener('pageshow', (event) => {
    if (event.persisted) hooks.restored += 1;
  });
  show(currentId());
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function splitPaneHtml(postings: PanePosting[]): string {
  const items = postings
    .map(
      (
        posting,
      ) => `<li class="ember-view occludable-update p0 relative scaffold-layout__list-item" data-occludable-job-id="${posting.id}">
  <div data-job-id="${posting.id}" class="display-flex job-card-container relative job-card-list job-card-container--clickable">
    <a class="job-card-list__title" href="/jobs/view/${posting.id}/">${escapeHtml(posting.title)}</a>
    <div class="artdeco-entity-lockup__subtitle">${escapeHtml(posting.company)}</div>
  </div>
</li>`,
    )
    .join('\n');
  // JSON inside a non-executed script block: "<" escaped so no text can close the element. The
  // function's source is inlined; tsx's esbuild may wrap names in __name(), hence the shim.
  const data = JSON.stringify(postings).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Jobs | LinkedIn</title></head>
<body>
<main id="main" class="scaffold-layout__list-detail">
  <div class="scaffold-layout__list-detail-container">
    <div class="scaffold-layout__list" tabindex="-1"><ul class="scaffold-layout__list-container">
${items}
    </ul></div>
    <div class="scaffold-layout__detail overflow-x-hidden jobs-search__job-details" tabindex="-1"></div>
  </div>
</main>
<script type="application/json" id="postings">${data}</script>
<script nonce="${SPLIT_PANE_NONCE}">var __name = (fn) => fn; (${pageScript.toString()})();</script>
</body></html>`;
}

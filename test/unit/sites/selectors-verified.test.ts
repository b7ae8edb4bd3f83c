// Every adapter selector either matches one of the saved real pages its file names (selectorCheck.pages), or
// is listed as unverified there; a selector listed as unverified that now matches a page must move out of the
// list. So a reader of an adapter knows which selectors a real page stands behind.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {SITES} from '../../../src/sites/all';
import type {SelectorCheck, SiteAdapter} from '../../../src/sites/types';
import {haveShared, SHARED_HTML, sharedPage} from '../../support/pages';

const modules = import.meta.glob<{selectorCheck?: SelectorCheck}>('../../../src/sites/*.ts', {eager: true});
const checkOf = (site: SiteAdapter) => modules[`../../../src/sites/${site.id}.ts`]?.selectorCheck;

const cssOf = (source: string | {css?: string}) => (typeof source === 'string' ? source : source.css);

/** Every selector the adapter uses: posting fields, pane, watched containers, and its result list's cards. */
function selectorsOf(site: SiteAdapter): string[] {
  const fields = Object.values(site.fields).flat().map(cssOf);
  const list = site.list;
  const cards = list
    ? [
        ...list.container,
        ...list.card,
        ...list.jobId.map(cssOf),
        ...Object.values(list.fields).flat().map(cssOf),
        ...(list.markAfter ?? []),
      ]
    : [];
  const all = [
    ...fields,
    ...(site.employmentType ?? []).map(cssOf),
    ...(site.workplace ?? []).map(cssOf),
    ...(site.pane ?? []),
    ...site.watch,
    ...cards,
  ];
  return [...new Set(all.filter((selector): selector is string => selector !== undefined))];
}

const listed = haveShared
  ? (JSON.parse(readFileSync(join(SHARED_HTML, 'MANIFEST.json'), 'utf8')) as Array<{file: string}>).map(
      (entry) => entry.file,
    )
  : [];

describe('every adapter says where its selectors were checked', () => {
  for (const site of SITES) {
    it(`${site.id} has a selectorCheck naming saved pages that exist`, () => {
      const check = checkOf(site);
      expect(check, `src/sites/${site.id}.ts exports selectorCheck`).toBeDefined();
      if (haveShared) expect(check!.pages.filter((page) => !listed.includes(page))).toEqual([]);
      expect(
        check!.unverified.filter((selector) => !selectorsOf(site).includes(selector)),
        'unverified entries that are no selector of the adapter',
      ).toEqual([]);
    });
  }
});

describe.skipIf(!haveShared)('selectors against the saved real pages (../shared/data/html)', () => {
  for (const site of SITES) {
    it(`${site.id}: each selector matches a named page, or is marked unverified`, () => {
      const check = checkOf(site)!;
      const host = site.hosts[0]!.replace(/^\./, 'www.');
      const docs = check.pages.map((page) => sharedPage(page, `https://${host}/`));
      const matchesSome = (selector: string) => docs.some((doc) => doc.querySelector(selector) !== null);
      const unmatched = selectorsOf(site).filter((selector) => !matchesSome(selector));
      expect(
        unmatched.filter((selector) => !check.unverified.includes(selector)),
        'match no named page: mark them unverified or name the page',
      ).toEqual([]);
      expect(check.unverified.filter(matchesSome), 'marked unverified but a named page has them').toEqual([]);
    });
  }
});

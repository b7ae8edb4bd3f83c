import {describe, expect, it} from 'vitest';
import {elementText} from '../../../src/sites/dom-text';
import {readJsonLd} from '../../../src/sites/jsonld';
import {isLikelyEnglish, languageShares} from '../../../src/sites/language';
import {haveRealPostings, realPostings} from '../../support/dev-postings';
import {haveShared, jsonLdScript, NO_SHARED, read, sharedPage, syntheticPage} from '../../support/pages';

describe.skipIf(!haveRealPostings)('English postings pass (../shared/data/postings/dev.jsonl)', () => {
  it('every real posting, terse ones included, counts as English', () => {
    const rows = realPostings();
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((row) => !isLikelyEnglish(row.description)).map((row) => row.id)).toEqual([]);
    const shares = rows
      .map((row) => languageShares(row.description))
      .filter((share) => share.words >= 30)
      .map((share) => share.english)
      .sort((a, b) => a - b);
    console.log(
      `dev.jsonl English function-word share: min ${shares[0]!.toFixed(3)}, median ${shares[shares.length >> 1]!.toFixed(3)}`,
    );
  });
});

describe.skipIf(!haveShared)('foreign text is caught (real text from ../shared/data/html)', () => {
  it('Danish prose (jobindex.dk cookie notice)', () => {
    const doc = sharedPage('other/jobdog_jobindex_dk_r12800344.html', 'https://www.jobindex.dk/');
    const danish = elementText(doc.querySelector('.jix-cookie-consent-modal__intro')!);
    expect(danish).toMatch(/^Jobindex ønsker at tilbyde en service/);
    expect(isLikelyEnglish(danish)).toBe(false);
  });

  it('French prose (the French half of the Autodesk Workday posting), alone and as a posting', () => {
    const url = 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/x_24WD81528';
    const description = readJsonLd(sharedPage('workday/adfrisealach_workday-scraper-job_page.html', url))!.description;
    const french = description.slice(0, description.indexOf('Position Overview'));
    expect(french).toContain('Responsable de la stratégie');
    expect(isLikelyEnglish(french)).toBe(false);
    expect(isLikelyEnglish(description)).toBe(true);
    // SYNTHETIC wrapper around that real French text: a French-only ad gets no panel.
    const html = `<html><head>${jsonLdScript({'@type': 'JobPosting', title: 'Responsable de la stratégie industrielle', description: french})}</head></html>`;
    expect(read(syntheticPage(html, url), url)).toBeNull();
  });
});

if (!haveShared) console.warn(NO_SHARED);

// Workday writes a job's place in its address (/job/<place>/<title>_<requisition>): read when the page's
// markup gives none (a redesign, or the server's response before the page renders).
import {describe, expect, it} from 'vitest';
import {parseHtmlDocument} from '../../../src/cli/html-document';
import {loadSalaryDatasetSync} from '../../../src/core/salary/load-node';
import {workday} from '../../../src/sites/workday';

const data = loadSalaryDatasetSync();
const placeOf = (address: string, head = '') =>
  workday.readExtra?.(parseHtmlDocument(`<html><head>${head}</head><body></body></html>`, address), new URL(address))
    ?.location ?? null;
const job = (place: string) =>
  `https://acme.wd5.myworkdayjobs.com/en-US/External/job/${place}/Technical-Program-Manager_JR123`;

describe("a Workday job's place in its address", () => {
  // SYNTHETIC addresses in the forms Workday tenants use; the saved page's own is Montreal-QC-CAN (og:url).
  it.each([
    ['US-CA-Santa-Clara', 'US, CA, Santa Clara', 'Santa Clara, CA'],
    ['Montreal-QC-CAN', 'Montreal, QC, CAN', null],
    ['California---San-Francisco', 'California - San Francisco', 'San Francisco, CA'],
    ['Seattle-WA', 'Seattle, WA', 'Seattle, WA'],
    ['Austin-Texas', 'Austin Texas', 'Austin, TX'],
  ])('%s reads as "%s", placed at %s', (slug, location, place) => {
    expect(placeOf(job(slug))).toBe(location);
    const benchmark = data.benchmarkFor(location);
    expect(benchmark.resolution ? benchmark.place : null).toBe(place);
  });

  it('takes the canonical address first, and reads none where the address has no place', () => {
    const bare = 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Senior-Industry-Strategy-Manager_24WD81528';
    expect(placeOf(bare)).toBeNull();
    const og = `<meta property="og:url" content="${job('Montreal-QC-CAN')}">`;
    expect(placeOf(bare, og)).toBe('Montreal, QC, CAN');
    expect(data.benchmarkFor('Montreal, QC, CAN').note).toMatch(/^Canada is outside the US/);
    expect(placeOf(job('%E0%A4%A'))).toBeNull();
  });
});

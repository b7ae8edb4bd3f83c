// The content script is declared on the hosts the site adapters read, and only on those: a host in
// the manifest without an adapter would get the generic reader on a job board's list pages, and an
// adapter host missing from the manifest would never see the content script.
// The build derives the matches from the adapters (scripts/manifest.ts): these checks hold the derivation.
import {describe, expect, it} from 'vitest';
import {chromeManifest, firefoxManifest} from '../../../scripts/manifest';
import {SITES} from '../../../src/sites';

const manifest = chromeManifest() as ReturnType<typeof chromeManifest> & {permissions: string[]};
const matches = manifest.content_scripts.flatMap((script) => script.matches ?? []);

/** "https://*.glassdoor.co.in/*" -> ".glassdoor.co.in"; "https://jobs.lever.co/*" -> "jobs.lever.co". */
const hostPattern = (match: string) => /^https:\/\/([^/]+)\/\*$/.exec(match)?.[1]?.replace(/^\*/, '') ?? match;

describe('manifest content-script hosts', () => {
  const declared = new Set(matches.map(hostPattern));

  it('are all https host patterns', () => {
    expect(matches.filter((match) => !/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/.test(match))).toEqual([]);
  });

  it('name only hosts a site adapter reads', () => {
    const adapterHosts = new Set(SITES.flatMap((site) => site.hosts));
    expect([...declared].filter((host) => !adapterHosts.has(host))).toEqual([]);
  });

  it("cover every adapter's hosts (Glassdoor's country sites included)", () => {
    const missing = SITES.flatMap((site) => site.hosts).filter((host) => !declared.has(host));
    expect(missing).toEqual([]);
    expect(declared.has('.glassdoor.co.in')).toBe(true);
  });

  it('are written once each, and Firefox gets the same', () => {
    expect(new Set(matches).size).toBe(matches.length);
    expect(firefoxManifest(manifest).content_scripts).toEqual(manifest.content_scripts);
  });

  it('ask for no blanket host permission: other pages go through activeTab', () => {
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'contextMenus']));
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*/);
  });
});

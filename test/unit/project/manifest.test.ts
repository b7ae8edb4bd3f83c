// The content script is declared on the hosts the site adapters read, and only on those: a host in
// the manifest without an adapter would get the generic reader on a job board's list pages, and an
// adapter host missing from the manifest would never see the content script.
// The build derives the matches from the adapters (scripts/manifest.ts): these checks hold the derivation.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {chromeManifest, firefoxManifest} from '../../../scripts/manifest';
import {badgeTitle} from '../../../src/messages/summary';
import {SITES} from '../../../src/sites/all';
import {routeWanted, siteFor} from '../../../src/sites';
import {contentScriptMatches, isSiteScript, matchesPattern} from '../../../src/sites/match-patterns';

const manifest = chromeManifest() as ReturnType<typeof chromeManifest> & {permissions: string[]};
const sites = manifest.content_scripts.filter((entry) => isSiteScript(entry.js[0]) && !entry.all_frames);
const watcher = manifest.content_scripts.find((entry) => entry.js[0] === 'src/content/router.ts');
const framed = manifest.content_scripts.find((entry) => entry.all_frames);
const matches = sites.flatMap((entry) => entry.matches ?? []);

/** "https://*.glassdoor.co.in/*" -> ".glassdoor.co.in"; "https://jobs.lever.co/*" -> "jobs.lever.co". */
const hostPattern = (match: string) => /^https:\/\/([^/]+)\//.exec(match)?.[1]?.replace(/^\*/, '') ?? match;
/** "https://*.linkedin.com/jobs/*" -> "/jobs/*". */
const pathPattern = (match: string) => /^https:\/\/[^/]+(\/.*)$/.exec(match)?.[1] ?? match;

describe('one content script per site', () => {
  it("declares each adapter's own entry on that adapter's hosts, and nothing else", () => {
    expect(sites.map((entry) => entry.js)).toEqual(SITES.map((site) => [`src/content/sites/${site.id}.ts`]));
    for (const [index, site] of SITES.entries()) expect(sites[index]!.matches).toEqual(contentScriptMatches([site]));
    expect(manifest.content_scripts.length).toBe(SITES.length + 2);
  });

  it("each entry starts the content script with its own site's adapter", () => {
    for (const site of SITES) {
      const source = readFileSync(`src/content/sites/${site.id}.ts`, 'utf8');
      expect(source).toContain(`import {${site.id}} from '../../sites/${site.id}';`);
      expect(source).toMatch(new RegExp(`^boot\\(${site.id}\\);$`, 'm'));
    }
  });
});

describe('manifest content-script hosts', () => {
  const declared = new Set(matches.map(hostPattern));

  it("are all https host patterns, on every path or on the adapter's start paths", () => {
    expect(matches.filter((match) => !/^https:\/\/(\*\.)?[a-z0-9.-]+\/[a-z/]*\*$/.test(match))).toEqual([]);
    for (const match of matches) {
      const site = SITES.find((each) => each.hosts.includes(hostPattern(match)))!;
      expect(site.startPaths ?? ['/*'], match).toContain(pathPattern(match));
    }
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
    expect(firefoxManifest(manifest).host_permissions).toEqual(manifest.host_permissions);
  });

  it('ask for no blanket host permission: other pages go through activeTab', () => {
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'contextMenus']));
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*/);
  });
});

describe('the content script in frames (a Greenhouse job in a company careers page)', () => {
  it('runs in frames only on the paths sites serve inside other pages, hosts the content script already has', () => {
    expect(framed!.js).toEqual(['src/content/sites/greenhouse.ts']);
    expect(framed!.all_frames).toBe(true);
    expect(framed!.matches).toEqual([
      'https://boards.greenhouse.io/embed/*',
      'https://job-boards.greenhouse.io/embed/*',
      'https://boards.eu.greenhouse.io/embed/*',
      'https://job-boards.eu.greenhouse.io/embed/*',
    ]);
    const mainHosts = new Set(matches.map(hostPattern));
    for (const match of framed!.matches!) expect(mainHosts.has(hostPattern(match)), match).toBe(true);
    // The top-level entries stay out of frames: LinkedIn's or Indeed's own iframes never start them.
    for (const entry of sites) expect(entry.all_frames).toBeUndefined();
    const embed = new URL('https://boards.greenhouse.io/embed/job_app?for=acme&token=4315289005');
    expect(siteFor(embed)?.id).toBe('greenhouse');
    expect(routeWanted(embed)).toBe(true);
  });
});

describe('the route watcher (LinkedIn off /jobs/)', () => {
  const url = (href: string) => new URL(href);
  const declaredAt = (href: string) => matches.some((pattern) => matchesPattern(url(href), pattern));
  const watchedAt = (href: string) =>
    (watcher!.matches ?? []).some((pattern) => matchesPattern(url(href), pattern)) &&
    !(watcher!.exclude_matches ?? []).some((pattern) => matchesPattern(url(href), pattern));

  it('runs on the rest of the hosts whose adapter sets start paths, and there only', () => {
    expect(watcher!.js).toEqual(['src/content/router.ts']);
    expect(watcher!.matches).toEqual(['https://*.linkedin.com/*']);
    expect(watcher!.exclude_matches).toEqual(['https://*.linkedin.com/jobs/*', 'https://*.linkedin.com/comm/jobs/*']);
    // Host permission on those hosts alone: the background starts the content script there on navigation.
    expect(manifest.host_permissions).toEqual(watcher!.matches);
  });

  it('leaves no page of those hosts to both scripts, and none to neither', () => {
    for (const href of [
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/in/someone/',
      'https://www.linkedin.com/messaging/thread/1/',
      'https://www.linkedin.com/jobs/view/4053542511/',
      'https://www.linkedin.com/jobs/search/?currentJobId=4205971663&keywords=tpm',
      'https://uk.linkedin.com/jobs/technical-program-manager-jobs',
      'https://www.linkedin.com/comm/jobs/view/4053542511/',
      'https://www.linkedin.com/jobs/',
    ])
      expect([declaredAt(href), watchedAt(href)], href).toEqual(
        href.includes('/jobs/') ? [true, false] : [false, true],
      );
  });

  it('never takes a route an adapter reads: every posting and list URL of such an adapter is declared', () => {
    const listUrls = [
      'https://www.linkedin.com/jobs/search/?keywords=technical%20program%20manager',
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=1',
      'https://www.linkedin.com/jobs/search-results/?keywords=tpm',
      'https://www.linkedin.com/jobs/technical-program-manager-jobs-seattle-wa',
    ];
    for (const site of SITES.filter((each) => each.startPaths)) {
      const testUrls = site.testUrls.map((entry) => entry.split(' ')[0]!);
      for (const href of [...testUrls, ...listUrls.filter((each) => siteFor(url(each)) === site)]) {
        expect(routeWanted(url(href)), href).toBe(true);
        expect(declaredAt(href), href).toBe(true);
      }
    }
  });
});

describe("telling the sites' scripts from the manifest's other entries", () => {
  it("reads Chrome's paths and Firefox's full URLs (its runtime.getManifest() resolves them)", () => {
    expect(isSiteScript('src/content/sites/linkedin.js')).toBe(true);
    expect(isSiteScript('src/content/sites/linkedin.loader.js')).toBe(true);
    expect(isSiteScript('moz-extension://0f1e2d3c-aaaa-bbbb-cccc-1234567890ab/src/content/sites/lever.js')).toBe(true);
    expect(isSiteScript('src/content/router.js')).toBe(false);
    expect(isSiteScript('moz-extension://0f1e2d3c-aaaa-bbbb-cccc-1234567890ab/src/content/router.js')).toBe(false);
    expect(isSiteScript(undefined)).toBe(false);
  });
});

describe('matchesPattern', () => {
  it('matches scheme, host (with its subdomains for "*.") and path with query, "*" for any run', () => {
    const at = (href: string, pattern: string) => matchesPattern(new URL(href), pattern);
    expect(at('https://www.linkedin.com/jobs/view/1/?x=1', 'https://*.linkedin.com/jobs/*')).toBe(true);
    expect(at('https://linkedin.com/jobs/view/1/', 'https://*.linkedin.com/jobs/*')).toBe(true);
    expect(at('https://www.linkedin.com/feed/', 'https://*.linkedin.com/jobs/*')).toBe(false);
    expect(at('https://www.linkedin.com/jobsearch', 'https://*.linkedin.com/jobs/*')).toBe(false);
    expect(at('https://evil-linkedin.com/jobs/1', 'https://*.linkedin.com/jobs/*')).toBe(false);
    expect(at('http://www.linkedin.com/jobs/1', 'https://*.linkedin.com/jobs/*')).toBe(false);
    expect(at('https://jobs.lever.co/acme/1', 'https://jobs.lever.co/*')).toBe(true);
    expect(at('https://eu.jobs.lever.co/acme/1', 'https://jobs.lever.co/*')).toBe(false);
    expect(at('https://example.org/', '<all_urls>')).toBe(true);
  });
});

describe('the toolbar button', () => {
  it('is titled as the background resets it on a tab without a posting', () => {
    const {action} = manifest as unknown as {action: {default_title: string}};
    expect(action.default_title).toBe(badgeTitle(null));
  });
});

// Chrome's build declares, for each site, a loader that imports that site's content script
// (scripts/content-loader.ts): the manifest it writes must keep each script's hosts, and expose each script to
// those hosts alone, under a per-session id (no fixed URL a page could probe).
import {describe, expect, it} from 'vitest';
import {loaderOf, loaderSource, withContentLoader} from '../../../scripts/content-loader';
import {chromeManifest} from '../../../scripts/manifest';
import {isSiteScript} from '../../../src/sites/match-patterns';

const built = () => {
  const manifest = chromeManifest();
  // As crxjs writes it: each entry file built into one script, in each entry that declares it.
  for (const entry of manifest.content_scripts) entry.js = entry.js.map((file) => file.replace(/\.ts$/, '.js'));
  return manifest;
};

const hostsOf = (matches: readonly string[]) =>
  new Set(matches.map((match) => new URL(match.replace('*.', 'x.')).host));

describe("Chrome's content-script loaders", () => {
  it("are declared where the sites' scripts were, on the same hosts and at the same time", () => {
    const before = built();
    const after = withContentLoader(before);
    expect(after.content_scripts).toHaveLength(before.content_scripts.length);
    for (const [index, entry] of before.content_scripts.entries()) {
      const script = entry.js[0]!;
      // The route watcher stays; a site's script declared again for frames (Greenhouse's embed) loads the same way.
      expect(after.content_scripts[index]).toEqual(isSiteScript(script) ? {...entry, js: [loaderOf(script)]} : entry);
    }
    expect(after.content_scripts.filter((entry) => entry.all_frames)).toEqual([
      expect.objectContaining({js: ['src/content/sites/greenhouse.loader.js']}),
    ]);
    expect(loaderOf('src/content/sites/linkedin.js')).toBe('src/content/sites/linkedin.loader.js');
  });

  it("exposes each site's script to the origins of its own hosts only, under a dynamic id", () => {
    const before = built();
    const resources = withContentLoader(before).web_accessible_resources!;
    const scripts = [...new Set(before.content_scripts.flatMap((entry) => entry.js).filter(isSiteScript))];
    expect(resources.map((resource) => resource.resources)).toEqual(scripts.map((script) => [script]));
    for (const resource of resources) {
      const script = resource.resources[0]!;
      expect(resource.use_dynamic_url).toBe(true);
      const declared = before.content_scripts.filter((entry) => entry.js[0] === script);
      expect(hostsOf(resource.matches)).toEqual(hostsOf(declared.flatMap((entry) => entry.matches!)));
      for (const match of resource.matches) expect(match).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
    }
    const linkedin = resources.find((resource) => resource.resources[0] === 'src/content/sites/linkedin.js')!;
    expect(linkedin.matches).toEqual(['https://*.linkedin.com/*']);
    expect(JSON.stringify(resources)).not.toMatch(/<all_urls>/);
  });

  it('imports the script by its path and does nothing else; only the test builds say when it fails', () => {
    expect(loaderSource('src/content/sites/lever.js', {store: true})).toBe(
      'import(chrome.runtime.getURL("src/content/sites/lever.js")).catch(() => {});\n',
    );
    expect(loaderSource('src/content/sites/lever.js', {store: false})).toMatch(
      /^import\(chrome\.runtime\.getURL\("src\/content\/sites\/lever\.js"\)\)\.catch\(\(error\) => console\.error\(/,
    );
  });

  it("refuses a manifest where a site's script is not one file, runs on no host, or is missing", () => {
    const twoFiles = built();
    twoFiles.content_scripts[0]!.js.push('other.js');
    expect(() => withContentLoader(twoFiles)).toThrow(/one file/);
    const nowhere = built();
    nowhere.content_scripts[0]!.matches = [];
    expect(() => withContentLoader(nowhere)).toThrow(/no host/);
    const none = built();
    none.content_scripts = none.content_scripts.filter((entry) => !isSiteScript(entry.js[0]));
    expect(() => withContentLoader(none)).toThrow(/no site content script/);
  });
});

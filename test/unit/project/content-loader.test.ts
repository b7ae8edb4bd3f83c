// Chrome's build declares a loader that imports the content script proper (scripts/content-loader.ts): the
// manifest it writes must keep the content script's hosts, and expose the script to those hosts alone, under a
// per-session id (no fixed URL a page could probe).
import {describe, expect, it} from 'vitest';
import {CONTENT_LOADER, loaderSource, withContentLoader} from '../../../scripts/content-loader';
import {chromeManifest} from '../../../scripts/manifest';

const built = () => {
  const manifest = chromeManifest();
  // As crxjs writes it: the entry file built into one script, in each entry that declares it.
  for (const entry of manifest.content_scripts)
    if (entry.js[0] === 'src/content/index.tsx') entry.js = ['src/content/index.js'];
  return manifest;
};

describe("Chrome's content-script loader", () => {
  it('is declared where the content script was, on the same hosts and at the same time', () => {
    const before = built();
    const after = withContentLoader(before);
    expect(after.content_scripts[0]).toEqual({...before.content_scripts[0], js: [CONTENT_LOADER]});
    // The route watcher stays; the same script declared again for frames (Greenhouse's embed) loads the same way.
    const [, watcher, framed] = before.content_scripts;
    expect(after.content_scripts[1]).toEqual(watcher);
    expect(framed?.all_frames).toBe(true);
    expect(after.content_scripts[2]).toEqual({...framed, js: [CONTENT_LOADER]});
    expect(after.content_scripts).toHaveLength(3);
  });

  it('exposes the content script to the origins of its own hosts only, under a dynamic id', () => {
    const before = built();
    const [resource] = withContentLoader(before).web_accessible_resources!;
    expect(resource!.resources).toEqual(['src/content/index.js']);
    expect(resource!.use_dynamic_url).toBe(true);
    const hosts = new Set(before.content_scripts[0]!.matches!.map((match) => new URL(match.replace('*.', 'x.')).host));
    expect(new Set(resource!.matches.map((match) => new URL(match.replace('*.', 'x.')).host))).toEqual(hosts);
    for (const match of resource!.matches) expect(match).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
    expect(JSON.stringify(resource)).not.toMatch(/<all_urls>/);
  });

  it('imports the script by its path and does nothing else; only the test builds say when it fails', () => {
    expect(loaderSource('src/content/index.js', {store: true})).toBe(
      'import(chrome.runtime.getURL("src/content/index.js")).catch(() => {});\n',
    );
    expect(loaderSource('src/content/index.js', {store: false})).toMatch(
      /^import\(chrome\.runtime\.getURL\("src\/content\/index\.js"\)\)\.catch\(\(error\) => console\.error\(/,
    );
  });

  it('refuses a manifest whose content script is not one file on some host', () => {
    const twoFiles = built();
    twoFiles.content_scripts[0]!.js.push('other.js');
    expect(() => withContentLoader(twoFiles)).toThrow(/one file/);
    const nowhere = built();
    nowhere.content_scripts[0]!.matches = [];
    expect(() => withContentLoader(nowhere)).toThrow(/no host/);
  });
});

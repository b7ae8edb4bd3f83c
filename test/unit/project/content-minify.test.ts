// The content scripts' second minification (scripts/content-minify.ts): smaller, the same behaviour, and only
// the content scripts' folder touched.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {runInNewContext} from 'node:vm';
import {afterEach, describe, expect, it} from 'vitest';
import {contentMinify} from '../../../scripts/content-minify';
import {CONTENT_SCRIPTS_DIR} from '../../../scripts/store-build';

// As Vite's minifier leaves an IIFE: names short, but a constant condition, a dead branch and a helper
// called once are left for terser's passes.
const SCRIPT = `!function(){var a=!0,b=function(c){if(a)return c.map(function(d){return d*2}).join(",");return"never"};globalThis.out=b([1,2,3])}();`;

let dir = '';
afterEach(() => rmSync(dir, {recursive: true, force: true}));

const closeBundle = (outDir: string) => {
  const hook = contentMinify(outDir).closeBundle as () => void;
  hook();
};

describe('the content scripts minified again', () => {
  it('come out shorter and do the same', () => {
    dir = mkdtempSync(join(tmpdir(), 'tpm-minify-'));
    const content = join(dir, CONTENT_SCRIPTS_DIR);
    mkdirSync(content, {recursive: true});
    writeFileSync(join(content, 'index.js'), SCRIPT);
    writeFileSync(join(dir, 'other.js'), SCRIPT);
    closeBundle(dir);
    const minified = readFileSync(join(content, 'index.js'), 'utf8');
    expect(minified.length).toBeLessThan(SCRIPT.length);
    expect(minified).not.toContain('never');
    const context: {out?: string} = {};
    runInNewContext(minified.replace('globalThis', 'this'), context);
    expect(context.out).toBe('2,4,6');
    // Outside the content scripts' folder nothing changes.
    expect(readFileSync(join(dir, 'other.js'), 'utf8')).toBe(SCRIPT);
  });
});

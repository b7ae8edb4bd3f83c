import {describe, expect, it} from 'vitest';
import {headerLines} from '../../../src/sites/header-lines';
import {read, syntheticPage} from '../../support/pages';

const URL_ = 'https://careers.example.com/jobs/123';
const TITLE = 'Technical Program Manager';
const DESCRIPTION = `<div id="description"><p>${'We are hiring a program manager to run our platform launches. '.repeat(8)}</p></div>`;

/** A career page: a heading, the blocks under it, then the description. */
const page = (blocks: string[], {heading = TITLE, description = DESCRIPTION} = {}) =>
  syntheticPage(
    `<html><head><title>${heading}</title></head><body><main><h1>${heading}</h1><div class="meta">${blocks
      .map((block) => `<div>${block}</div>`)
      .join('\n  ')}</div>${description}</main></body></html>`,
    URL_,
  );

const linesOf = (doc: Document) => headerLines(doc, TITLE, doc.getElementById('description'));

describe('the lines under a posting title', () => {
  it("joins each block's inline text into one line and stops at the description", () => {
    const doc = page([
      '<i><svg></svg></i>Infrastructure Engineering',
      'Remote <span>(<!-- --><span>United States</span>)</span>',
      'Full Time',
      '<a href="#apply">Apply</a>',
    ]);
    expect(linesOf(doc)).toEqual(['Infrastructure Engineering', 'Remote (United States)', 'Full Time', 'Apply']);
  });

  it('a block holding its facts as separate elements, with no text of its own, gives each its line', () => {
    // LinkedIn's guest page: the company and the place side by side, a bullet drawn between them by CSS.
    const doc = page(['<span><a href="/company/acme">Acme</a></span>\n <span class="bullet">Seattle, WA</span>']);
    expect(linesOf(doc)).toEqual(['Acme', 'Seattle, WA']);
  });

  it("skips a style sheet's, a script's and a button's text", () => {
    const doc = page([
      '<style>.css-39gvaf{margin-top:0.5rem;}</style>Engineering',
      '<script>window.x = 1;</script>',
      '<button>Save job</button>',
      'Austin, TX',
    ]);
    expect(linesOf(doc)).toEqual(['Engineering', 'Austin, TX']);
  });

  it('stops at the first line too long to be a fact, and after 12 lines', () => {
    const prose = 'This paragraph about the team is far longer than any line of facts under a title could ever be.';
    expect(linesOf(page(['Engineering', prose, 'Austin, TX']))).toEqual(['Engineering']);
    const many = Array.from({length: 20}, (_, index) => `Line ${index}`);
    expect(linesOf(page(many))).toEqual(many.slice(0, 12));
  });

  it('looks at a bounded number of text nodes: a place behind a thousand empty ones is not read', () => {
    const filler = Array.from({length: 1000}, () => '<style>p{}</style>').join('');
    expect(linesOf(page([`${filler}`, 'Austin, TX']))).toEqual([]);
    expect(linesOf(page(['<style>p{}</style>'.repeat(10), 'Austin, TX']))).toEqual(['Austin, TX']);
  });

  it('reads nothing when the first heading is not the posting title', () => {
    const doc = page(['Austin, TX'], {heading: 'Careers at Example'});
    expect(linesOf(doc)).toEqual([]);
  });

  it('the generic reader sends them with the posting when its place is missing', () => {
    const result = read(page(['Engineering', 'Remote (United States)', 'Full Time']), URL_);
    expect(result?.source).toBe('generic');
    expect(result?.posting.location).toBe('');
    expect(result?.posting.headerLines).toEqual(['Engineering', 'Remote (United States)', 'Full Time']);
  });
});

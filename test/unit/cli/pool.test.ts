// When the analyze command's default --jobs starts worker threads: only for inputs large enough to repay their start.
import {describe, expect, it} from 'vitest';
import {WORKERS_WORTH_LINES as WORTH, workersWorth} from '../../../src/cli/pool';

// 64 lines of about 4 KB each, as the bench's lines are, read from a file of `lines` such lines.
const file = (lines: number, linesRead = 64) => ({read: linesRead * 4000, total: lines * 4000});

describe('workersWorth', () => {
  it('leaves a file of a few thousand lines to the main thread', () => {
    expect(workersWorth(64, [file(1000)])).toBe(false);
    expect(workersWorth(64, [file(WORTH - 1000)])).toBe(false);
  });

  it('starts workers at once for a file whose size says it holds WORKERS_WORTH_LINES or more', () => {
    expect(workersWorth(64, [file(WORTH)])).toBe(true);
    expect(workersWorth(64, [file(1_000_000)])).toBe(true);
  });

  it('counts what is left of every input being read, and the lines of those done', () => {
    // A small file read whole, then a large one begun.
    expect(workersWorth(1064, [file(1000, 1000), file(WORTH - 500)])).toBe(true);
    expect(workersWorth(1064, [file(1000, 1000), file(WORTH - 3000)])).toBe(false);
  });

  it('judges an input of unknown size (standard input) by the lines read', () => {
    const stdin = (linesRead: number) => ({read: linesRead * 4000, total: null});
    expect(workersWorth(WORTH - 64, [stdin(WORTH - 64)])).toBe(false);
    expect(workersWorth(WORTH, [stdin(WORTH)])).toBe(true);
  });

  it('says no before anything is read', () => {
    expect(workersWorth(0, [])).toBe(false);
    expect(workersWorth(0, [{read: 0, total: 100_000_000}])).toBe(false);
  });
});

// Issue 13 item 1: the background analyses one posting at a time, and a hostile posting (a 1 MB run of
// letters) kept it busy for minutes while every other tab showed "could not analyse". Analyses are now
// bounded (the input cap and linear patterns) and queued so that none holds up another tab's: requests
// that arrive together run smallest first, and one that has waited MAX_WAIT_MS runs next whatever its size.
import {describe, expect, it} from 'vitest';
import {createAnalyzer} from '../../../src/background/analysis';
import {createAnalysisQueue, MAX_WAIT_MS} from '../../../src/background/queue';
import {articleDataset} from '../../../src/core/benchmarks';
import {MAX_DESCRIPTION_CHARS} from '../../../src/core/input-limits';
import type {Posting} from '../../../src/core/types';

const ordinary: Posting = {
  title: 'Technical Program Manager',
  company: 'Example',
  location: 'Austin, TX',
  salaryText: '$150,000 - $180,000 a year',
  description: 'Lead cross-functional programs with engineering teams. 5+ years of experience. PMP preferred.',
};

describe('the analysis queue', () => {
  it('requests that arrive together run smallest first, each in a task of its own', async () => {
    const queue = createAnalysisQueue();
    const order: string[] = [];
    const done = [
      queue.run(1_000_000, () => order.push('huge')),
      queue.run(5_000, () => order.push('ordinary A')),
      queue.run(3_000, () => order.push('ordinary B')),
    ];
    // Nothing runs in the task that queued them: messages still waiting are received first.
    expect(order).toEqual([]);
    await Promise.all(done);
    expect(order).toEqual(['ordinary B', 'ordinary A', 'huge']);
  });

  it('a request arriving while a large one runs goes before the large ones still waiting', async () => {
    const queue = createAnalysisQueue();
    const order: string[] = [];
    const late: Array<Promise<unknown>> = [];
    const first = queue.run(10, () => {
      order.push('first');
      // Arrives while the first runs: the large one queued before it must not go first.
      late.push(queue.run(100, () => order.push('late small')));
    });
    const large = queue.run(200_000, () => order.push('large'));
    await Promise.all([first, large, ...late]);
    expect(order).toEqual(['first', 'late small', 'large']);
  });

  it('a large request is not starved by a stream of small ones', async () => {
    let time = 0;
    const tasks: Array<() => void> = [];
    const queue = createAnalysisQueue({defer: (task) => tasks.push(task), now: () => time});
    const order: string[] = [];
    void queue.run(200_000, () => order.push('large'));
    for (let index = 0; index < 5; index++) void queue.run(100, () => order.push(`small ${index}`));
    // Each small one takes a second; the large one's turn comes once it has waited MAX_WAIT_MS.
    while (tasks.length) {
      tasks.shift()!();
      time += 1_000;
    }
    expect(order.indexOf('large')).toBe(Math.ceil(MAX_WAIT_MS / 1_000));
  });

  it('a failing analysis rejects its own request only', async () => {
    const queue = createAnalysisQueue();
    const failing = queue.run(1, () => {
      throw new Error('broken');
    });
    const next = queue.run(2, () => 'fine');
    await expect(failing).rejects.toThrow('broken');
    await expect(next).resolves.toBe('fine');
  });
});

describe('the background analyser with a hostile posting in another tab', () => {
  it('an ordinary posting sent with a 1 MB run of letters is answered first, and the hostile one is answered, cut', async () => {
    const analyzer = createAnalyzer({
      loadProfile: async () => null,
      benchmarkFor: (location) => articleDataset.benchmarkFor(location),
    });
    const answered: string[] = [];
    const hostile = analyzer.analyze({...ordinary, description: 'a'.repeat(1 << 20)}).then((analysis) => {
      answered.push('hostile');
      return analysis;
    });
    const normal = analyzer.analyze(ordinary).then((analysis) => {
      answered.push('ordinary');
      return analysis;
    });
    const [hostileAnalysis, normalAnalysis] = await Promise.all([hostile, normal]);
    expect(answered).toEqual(['ordinary', 'hostile']);
    expect(normalAnalysis.detection.isTechnicalProjectManager).toBe(true);
    expect(hostileAnalysis.truncated).toEqual([
      {field: 'description', analysedChars: MAX_DESCRIPTION_CHARS, totalChars: 1 << 20},
    ]);
  });
});

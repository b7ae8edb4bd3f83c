// Runs patterns over adversarial inputs in a worker thread, so the test can stop a pattern that
// backtracks without end (a regular expression cannot be interrupted on the thread running it).
// In: {patterns: [{source, flags}], sizes: [{n, kinds (null: every kind)}...], factor, floorMs, from (the first pattern to run)}. Out, per run: {type: 'start' | 'done', ...}.
import {parentPort, workerData} from 'node:worker_threads';

/** Deterministic pseudo-random text over an alphabet (a linear congruential generator). */
function mixed(alphabet, n, seed) {
  let state = seed;
  let text = '';
  while (text.length < n) {
    let chunk = '';
    for (let i = 0; i < 4096; i++) {
      state = (state * 1103515245 + 12345) >>> 0;
      chunk += alphabet[state % alphabet.length];
    }
    text += chunk;
  }
  return text.slice(0, n);
}

const repeat = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The inputs: runs of one kind of character, and mixtures, as issue 13 lists them. */
function inputsFor(n) {
  return [
    ['letters', repeat('a', n)],
    ['capitals', repeat('A', n)],
    ['mixed case', mixed(LETTERS, n, 7)],
    ['lower-upper', repeat('aA', n)],
    ['spaces', repeat(' ', n)],
    ['newlines', repeat('\n', n)],
    ['words', repeat('ab ', n)],
    ['punctuation', repeat('.', n)],
    ['punctuation mix', mixed('.,;:!?-()[]<>/\'"$%&*+#=', n, 11)],
    ['open tags', repeat('<', n)],
    ['tag starts', repeat('<p ', n)],
    ['comment starts', repeat('<!--', n)],
    ['entities', repeat('&lt; ', n)],
    ['dotted capitals', repeat('A.', n)],
    ['digits', repeat('1', n)],
    ['digit groups', repeat('1,', n)],
    ['everything', mixed(`${LETTERS}0123456789 .,;:-()$%/\n`, n, 13)],
  ];
}

/** Words the pattern spells out, for an input that keeps almost matching it. */
function ownWords(source) {
  const literal = source.replace(/\\[a-zA-Z]|\[[^\]]*\]|\{[^}]*\}/g, ' ');
  return [...new Set(literal.match(/[a-z]{3,}/gi) ?? [])].slice(0, 4).join(' ');
}

/** Every match, as the core uses them (a global scan); zero-length matches step on. */
function scan(pattern, text) {
  pattern.lastIndex = 0;
  let count = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    count++;
    if (match[0] === '') pattern.lastIndex++;
  }
  return count;
}

/** A linear scan of the same text: the unit each pattern's time is measured in. */
function linearScan(text) {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i) * (i & 7)) | 0;
  return sum;
}

function timed(work) {
  const start = performance.now();
  work();
  return performance.now() - start;
}

const {patterns, sizes, factor, floorMs, from} = workerData;
const inputs = new Map();
for (const {n, kinds} of sizes)
  inputs.set(
    n,
    inputsFor(n).filter(([kind]) => !kinds || kinds.includes(kind)),
  );
const baselines = new Map();
const baseline = (text) => {
  let best = baselines.get(text);
  if (best === undefined) {
    best = Infinity;
    for (let i = 0; i < 5; i++)
      best = Math.min(
        best,
        timed(() => linearScan(text)),
      );
    baselines.set(text, best);
  }
  return best;
};

for (const [index, {source, flags}] of patterns.entries()) {
  if (index < from) continue;
  const pattern = new RegExp(source, `${flags.replace(/[gy]/g, '')}g`);
  // Compiled before it is timed.
  scan(pattern, 'warm up 1,2 <a> A.');
  const words = ownWords(source);
  let over = false;
  for (const {n, kinds} of sizes) {
    // The pattern's own words, repeated: a prefix that keeps almost matching.
    const own =
      words && !kinds
        ? [
            ['own words', repeat(`${words} `, n)],
            ['own words as tags', repeat(words.replace(/(^| )/g, '$1<'), n)],
          ]
        : [];
    const cases = [...inputs.get(n), ...own];
    for (const [kind, text] of cases) {
      if (over) break;
      parentPort.postMessage({type: 'start', index, kind, n});
      let ms = timed(() => scan(pattern, text));
      let budget = factor * baseline(text) + floorMs;
      // A pause of the shared machine is not the pattern's: over budget counts only when it repeats.
      for (let retry = 0; retry < 2 && ms > budget; retry++) {
        baselines.delete(text);
        budget = factor * baseline(text) + floorMs;
        ms = Math.min(
          ms,
          timed(() => scan(pattern, text)),
        );
      }
      parentPort.postMessage({type: 'done', index, kind, n, ms, budget});
      // A pattern over budget on the small input is not run on the large one.
      over = ms > budget;
    }
  }
}
parentPort.postMessage({type: 'end'});

// npm run eval [-- --details] [-- --data DIR] [-- --split NAME] [-- --half a|b]: the core's accuracy on a labelled split,
// or on one half of it by source (sourceHalves in eval-lib.ts; --half lists the sources of each half).
import {resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {evaluate, f1, splitExists, type Half} from './eval-lib';

const {values} = parseArgs({
  options: {details: {type: 'boolean'}, data: {type: 'string'}, split: {type: 'string'}, half: {type: 'string'}},
});
const dir = resolve(values.data ?? '../shared/data/postings');
const split = values.split ?? 'dev';
if (!splitExists(dir, split)) {
  console.error(`eval: ${dir}/${split}.jsonl or its labels not found (../shared must sit beside the project)`);
  process.exit(2);
}
if (values.half !== undefined && values.half !== 'a' && values.half !== 'b') {
  console.error(`eval: --half takes a or b, not "${values.half}"`);
  process.exit(2);
}
const half = values.half as Half | undefined;
const result = evaluate(dir, split, half);
if (values.details) console.log(`${result.misses.join('\n')}\n`);
console.log(
  `TPM Lens accuracy on ${dir}/${split}.jsonl (${result.postings} postings, ${result.elapsedMs.toFixed(0)} ms)`,
);
if (half) console.log(`half ${half}: ${result.sources.join(', ')}`);
console.log('');
console.log(`${'measure'.padEnd(14)}${'value'.padStart(7)}${'target'.padStart(8)}  ok    detail`);
for (const {name, value, target, detail} of result.measures) {
  console.log(
    `${name.padEnd(14)}${value.toFixed(3).padStart(7)}${`>=${target}`.padStart(8)}  ${value >= target ? 'yes' : 'NO '}   ${detail}`,
  );
}
for (const half of result.screeningHalves) {
  console.log(
    `\nscreening on ${half.name} only (${half.postings} postings): ${half.measures.map((measure) => `${measure.name} ${measure.value.toFixed(3)}`).join(', ')}`,
  );
}
console.log('\nchecklist items (P / R / F1):');
for (const {id, tp, fp, fn} of result.perItem) {
  const score = f1(tp, fp, fn);
  console.log(
    `  ${id.padEnd(24)} ${score.precision.toFixed(2)} / ${score.recall.toFixed(2)} / ${score.f1.toFixed(2)}  (tp ${tp} fp ${fp} fn ${fn})`,
  );
}

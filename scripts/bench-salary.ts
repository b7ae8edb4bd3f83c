// npm run bench:salary: how long the salary dataset takes to load and how long one keystroke's
// look-up takes (autocomplete + resolution), over real place names. Prints figures; asserts nothing.
import {readFileSync} from 'node:fs';
import {SalaryData} from '../src/core/salary/dataset';
import {SALARY_DATASET_PATH} from '../src/core/salary/load-node';
import {lookupSalary} from '../src/core/salary/lookup';
import {suggestPlaces} from '../src/core/salary/suggest';

const text = readFileSync(SALARY_DATASET_PATH, 'utf8');
let start = performance.now();
const file = JSON.parse(text);
const parseMs = performance.now() - start;
start = performance.now();
const data = new SalaryData(file);
const indexMs = performance.now() - start;

// Type each query one character at a time, as a user would.
const queries = [
  'Mountain View, CA',
  'San Francisco',
  'Austin, Texas',
  'New York, NY',
  'Springfield',
  'Greater Seattle Area',
  '94043',
  'Saint Paul, MN',
  'Remote',
  'Washington, DC',
  'S',
  'Portland, OR',
];
const timings: number[] = [];
for (let round = 0; round < 5; round += 1) {
  for (const query of queries) {
    for (let length = 1; length <= query.length; length += 1) {
      const typed = query.slice(0, length);
      const begin = performance.now();
      suggestPlaces(data, typed);
      lookupSalary(data, typed);
      timings.push(performance.now() - begin);
    }
  }
}
timings.sort((a, b) => a - b);
const at = (share: number) => timings[Math.min(timings.length - 1, Math.floor(share * timings.length))]!.toFixed(3);
console.log(
  `dataset: ${(text.length / 1024).toFixed(0)} KB JSON, parse ${parseMs.toFixed(1)} ms, index ${indexMs.toFixed(1)} ms, ${data.places.length} places`,
);
console.log(
  `per keystroke (suggest + look-up), ${timings.length} keystrokes: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms (budget 50 ms)`,
);

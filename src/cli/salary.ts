// npm run --silent salary -- [--json] PLACE...
// The popup's salary look-up on the command line: one report (or one JSON object per line) per place.
import {parseArgs} from 'node:util';
import {loadSalaryDataSync} from '../core/salary/load-node';
import {lookupSalary, type SalaryLookup} from '../core/salary/lookup';

const USAGE = 'usage: npm run --silent salary -- [--json] PLACE...  (e.g. "Mountain View, CA", 94043, "Remote")';

const usd = (value: number) => `$${Math.round(value).toLocaleString('en-US')}`;
const perHour = (value: number) => `$${value.toFixed(2)}/h`;

function formatLookup(result: SalaryLookup): string {
  const lines = [`${result.query}`];
  if (result.resolved) {
    const {place, county, state, area} = result.resolved;
    lines.push(`  ${place}: ${county}, ${state}; wage area: ${area ?? 'none (no local data)'}`);
  } else {
    lines.push(`  ${result.status === 'remote' ? 'remote' : result.status}: national figures only`);
  }
  lines.push(`  ${result.note}`);
  if (result.candidates.length > 0) lines.push(`  ${result.resolved ? 'also' : 'candidates'}: ${result.candidates.map((candidate) => `${candidate.place} (${candidate.area ?? 'no data'})`).join('; ')}`);
  for (const occupation of result.occupations) {
    const {annual, hourly} = occupation;
    lines.push(`  ${occupation.soc} ${occupation.title}${occupation.note ? ` (${occupation.note})` : ''}`);
    lines.push(`    levels I-IV: ${[annual.level1, annual.level2, annual.level3, annual.level4].map(usd).join(' | ')}  (${[hourly.level1, hourly.level2, hourly.level3, hourly.level4].map(perHour).join(' | ')})`);
  }
  if (result.occupations.length > 0) lines.push(`  source: ${result.source.name}; wage year ${result.source.wageYear}`);
  if (result.national) lines.push(`  national: ${usd(result.national.average)} average, usual range ${usd(result.national.low)}-${usd(result.national.high)} (${result.national.source}, ${result.national.date}); the federal table has no national row`);
  return lines.join('\n');
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({args: argv, allowPositionals: true, options: {json: {type: 'boolean'}, help: {type: 'boolean', short: 'h'}}});
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (args.values.help || args.positionals.length === 0) {
    (args.values.help ? console.log : console.error)(USAGE);
    return args.values.help ? 0 : 2;
  }
  let data;
  try {
    data = loadSalaryDataSync();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const results = args.positionals.map((place) => lookupSalary(data, place));
  if (args.values.json) for (const result of results) process.stdout.write(`${JSON.stringify(result)}\n`);
  else process.stdout.write(`${results.map(formatLookup).join('\n\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));

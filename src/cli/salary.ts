// npm run --silent salary -- [--json] [--occupation SOC --years N [--degree D] [--supervises]] PLACE...
// The popup's salary look-up on the command line: one report (or one JSON object per line) per place.
import {parseArgs} from 'node:util';
import {loadSalaryDataSync} from '../core/salary/load-node';
import {lookupSalary, type LookupRole, type SalaryLookup} from '../core/salary/lookup';
import type {Degree} from '../core/types';
import {usd} from '../core/usd';
import {errorMessage} from '../core/error-message';

const USAGE =
  'usage: npm run --silent salary -- [--json] [--occupation SOC [--years N] [--degree bachelor|master|doctorate] [--supervises]] PLACE...  (e.g. "Mountain View, CA", 94043, "Remote"; with --occupation: the wage level the DOL worksheet implies and its wage there)';
const DEGREES: readonly Degree[] = ['bachelor', 'master', 'doctorate'];

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
  if (result.candidates.length > 0)
    lines.push(
      `  ${result.resolved ? 'also' : 'candidates'}: ${result.candidates.map((candidate) => `${candidate.place} (${candidate.area ?? 'no data'})`).join('; ')}`,
    );
  for (const occupation of result.occupations) {
    const {annual, hourly} = occupation;
    lines.push(`  ${occupation.soc} ${occupation.title}${occupation.note ? ` (${occupation.note})` : ''}`);
    lines.push(
      `    levels I-IV: ${[annual.level1, annual.level2, annual.level3, annual.level4].map(usd).join(' | ')}  (${[hourly.level1, hourly.level2, hourly.level3, hourly.level4].map(perHour).join(' | ')})`,
    );
  }
  if (result.implied) {
    const {implied} = result;
    const wage =
      implied.annual === null
        ? 'no data for this place'
        : `${usd(implied.annual)} a year (${perHour(implied.hourly!)}) here`;
    lines.push(`  ${implied.soc} ${implied.title}: ${implied.summary}`);
    if (implied.level !== null) lines.push(`    Level ${['I', 'II', 'III', 'IV'][implied.level - 1]} wage: ${wage}`);
  }
  if (result.occupations.length > 0) lines.push(`  source: ${result.source.name}; wage year ${result.source.wageYear}`);
  if (result.national)
    lines.push(
      `  national: ${usd(result.national.average)} average, usual range ${usd(result.national.low)}-${usd(result.national.high)} (${result.national.source}, ${result.national.date}); the federal table has no national row`,
    );
  return lines.join('\n');
}

/** The role flags as a LookupRole, null without --occupation, or a message saying what is wrong. */
function readRole(values: {
  occupation?: string | undefined;
  years?: string | undefined;
  degree?: string | undefined;
  supervises?: boolean | undefined;
}): LookupRole | null | string {
  if (values.occupation === undefined)
    return values.years !== undefined || values.degree !== undefined || values.supervises
      ? '--years, --degree and --supervises need --occupation SOC'
      : null;
  if (!/^\d\d-\d{4}$/.test(values.occupation))
    return `--occupation ${values.occupation}: expected an SOC code such as 15-1299 or 11-3021`;
  const years = values.years === undefined ? null : Number(values.years);
  if (years !== null && !(Number.isFinite(years) && years >= 0 && years <= 60))
    return `--years ${values.years}: expected a number of years from 0 to 60`;
  if (values.degree !== undefined && !DEGREES.includes(values.degree as Degree))
    return `--degree ${values.degree}: expected one of ${DEGREES.join(', ')}`;
  return {
    occupation: values.occupation,
    years,
    degree: (values.degree as Degree | undefined) ?? null,
    supervises: values.supervises ?? false,
  };
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: {type: 'boolean'},
        occupation: {type: 'string'},
        years: {type: 'string'},
        degree: {type: 'string'},
        supervises: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
      },
    });
  } catch (error) {
    console.error(`${errorMessage(error)}\n${USAGE}`);
    return 2;
  }
  if (args.values.help || args.positionals.length === 0) {
    (args.values.help ? console.log : console.error)(USAGE);
    return args.values.help ? 0 : 2;
  }
  const role = readRole(args.values);
  if (typeof role === 'string') {
    console.error(`${role}\n${USAGE}`);
    return 2;
  }
  let data;
  try {
    data = loadSalaryDataSync();
  } catch (error) {
    console.error(errorMessage(error));
    return 1;
  }
  const results = args.positionals.map((place) => lookupSalary(data, place, role ?? undefined));
  if (args.values.json) for (const result of results) process.stdout.write(`${JSON.stringify(result)}\n`);
  else process.stdout.write(`${results.map(formatLookup).join('\n\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));

// npm run --silent analyze -- [--json | --summary] [--profile FILE] FILE...
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {analyze} from '../core/analyze';
import {migrateProfileValue} from '../core/profile';
import {loadSalaryDatasetSync} from '../core/salary/load-node';
import {ProfileSchema} from '../core/schema';
import type {Profile} from '../core/types';
import {cardLine} from './cards';
import {readPostingsFile} from './inputs';
import {formatReport} from './report';
import {summaryHeader, summaryRow} from './summary';

const USAGE = 'usage: npm run --silent analyze -- [--json | --summary | --cards] [--profile FILE] [--url URL] FILE...  (--cards: one JSON line per posting judged as a list card shows it: title, company, location, pay line; --url: the address a saved .html page was served at, when the page does not say; FILE: .html, .txt, .md or .jsonl; --summary: one CSV row per posting)';

function loadProfile(path: string): Profile {
  const migrated = migrateProfileValue(JSON.parse(readFileSync(path, 'utf8')));
  if (!migrated.ok) throw new Error(migrated.problem);
  const parsed = ProfileSchema.safeParse(migrated.value);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  return parsed.data as Profile;
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({args: argv, allowPositionals: true, options: {json: {type: 'boolean'}, summary: {type: 'boolean'}, cards: {type: 'boolean'}, profile: {type: 'string'}, url: {type: 'string'}, help: {type: 'boolean', short: 'h'}}});
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (args.values.help || args.positionals.length === 0) {
    (args.values.help ? console.log : console.error)(USAGE);
    return args.values.help ? 0 : 2;
  }
  let profile: Profile | null = null;
  if (args.values.profile) {
    try {
      profile = loadProfile(args.values.profile);
    } catch (error) {
      console.error(`${args.values.profile}: not a usable profile: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
  }
  let dataset;
  try {
    dataset = loadSalaryDatasetSync();
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}; using the article's national and city figures only`);
  }
  let failed = false;
  const reports: string[] = [];
  if (args.values.summary) process.stdout.write(`${summaryHeader()}\n`);
  for (const file of args.positionals) {
    let items;
    try {
      items = readPostingsFile(file, args.values.url ? {url: args.values.url} : {});
    } catch (error) {
      console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      failed = true;
      continue;
    }
    for (const item of items) {
      if ('error' in item) {
        console.error(item.error);
        failed = true;
        continue;
      }
      if (args.values.cards) {
        process.stdout.write(`${cardLine(item.posting, dataset)}\n`);
        continue;
      }
      const analysis = analyze(item.posting, {profile, ...(dataset ? {dataset} : {})});
      if (args.values.summary) process.stdout.write(`${summaryRow(analysis)}\n`);
      else if (args.values.json) process.stdout.write(`${JSON.stringify(analysis)}\n`);
      else reports.push(formatReport(analysis));
    }
  }
  if (!args.values.json && !args.values.summary && reports.length) console.log(reports.join('\n\n'));
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

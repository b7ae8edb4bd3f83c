// The analyze command at scale: JSON Lines streamed line by line (files, gzip, stdin), worker threads
// that keep the input's order, a broken row reported by file and line, and output that cannot drive
// a terminal or a spreadsheet.
import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {parse} from 'csv-parse/sync';
import {describe, expect, it} from 'vitest';
import {delimiterOf} from '../../../src/cli/csv-rows';
import {spreadsheetSafe, terminalSafe, terminalSafeJson} from '../../../src/cli/safe-text';
import {AnalysisSchema} from '../../../src/core/schema';
import {REPO} from '../../support/shared';

const CLI = [process.execPath, '--import', 'tsx', join(REPO, 'src', 'cli', 'analyze.ts')] as const;

function run(args: string[], input?: string) {
  const result = spawnSync(CLI[0], [...CLI.slice(1), ...args], {
    cwd: REPO,
    encoding: 'utf8',
    input,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr.split('\n').filter((line) => line.trim() && !/nodedir/.test(line)),
  };
}

/** The analyses of --json output, each validated. */
const analysesOf = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => AnalysisSchema.parse(JSON.parse(line)));

const ids = (stdout: string) => analysesOf(stdout).map((analysis) => analysis.id);

// Postings in the words of real ones, each row its own id and its own sentences.
const KINDS = [
  {
    title: 'Technical Program Manager',
    description: 'Drive cross-team software programs, track risks and report status to leadership.',
  },
  {
    title: 'Construction Project Manager',
    description: 'Manage subcontractors and inspections on commercial building sites.',
  },
  {
    title: 'IT Project Manager',
    description: 'Plan cloud migrations with 5+ years of experience; PMP required. Pay: $60-$70 per hour.',
  },
];
const row = (index: number) =>
  JSON.stringify({
    id: `row-${index}`,
    ...KINDS[index % KINDS.length]!,
    company: 'X',
    location: 'Austin, TX',
    salary_text: null,
    description: `${KINDS[index % KINDS.length]!.description} Site ${index}.`,
  });

const dir = mkdtempSync(join(tmpdir(), 'tpm-lens-stream-'));
const ROWS = 300;
const BROKEN_AT = 150;
const lines = Array.from({length: ROWS}, (_, index) =>
  index + 1 === BROKEN_AT ? '{"id": "broken", "title": ' : row(index + 1),
);
const many = join(dir, 'many.jsonl');
writeFileSync(many, `${lines.join('\n')}\n`);
const expectedIds = Array.from({length: ROWS}, (_, index) => `row-${index + 1}`).filter(
  (id) => id !== `row-${BROKEN_AT}`,
);

describe('analyze streams JSON Lines', {timeout: 180_000}, () => {
  it('keeps the input order with worker threads, and a broken line in the middle costs only that line', () => {
    const threaded = run(['--json', '--jobs', '2', many]);
    expect(ids(threaded.stdout)).toEqual(expectedIds);
    expect(threaded.stderr).toHaveLength(1);
    expect(threaded.stderr[0]).toContain(`${many}:${BROKEN_AT}:`);
    expect(threaded.status).toBe(1);
    // One thread gives the very same bytes.
    const single = run(['--json', '--jobs', '1', many]);
    expect(single.stdout).toBe(threaded.stdout);
  });

  it('leaves an input of a few hundred lines to the main thread unless --jobs asks for workers', () => {
    // report-workers.mjs says on stderr when a worker thread starts; the output is the same either way.
    const reportWorkers = new URL('../../support/report-workers.mjs', import.meta.url).href;
    const started = (args: string[]) =>
      spawnSync(CLI[0], ['--import', reportWorkers, ...CLI.slice(1), ...args], {
        cwd: REPO,
        encoding: 'utf8',
      }).stderr.includes('test: a worker thread started');
    expect(started(['--summary', '--quiet', many])).toBe(false);
    expect(started(['--summary', '--quiet', '--jobs', '2', many])).toBe(true);
  });

  it('reads .jsonl.gz and standard input ("-") like a plain file', () => {
    const few = lines.slice(0, 5).join('\n');
    const plain = join(dir, 'few.jsonl');
    writeFileSync(plain, few);
    const gz = join(dir, 'few.jsonl.gz');
    writeFileSync(gz, gzipSync(few));
    const fromFile = run(['--summary', plain]);
    expect(fromFile.stdout.trim().split('\n')).toHaveLength(6);
    expect(run(['--summary', gz]).stdout).toBe(fromFile.stdout);
    expect(run(['--summary', '-'], few).stdout).toBe(fromFile.stdout);
    // A file that is not gzip is named, with the reason, and the next file still runs.
    const notGzip = join(dir, 'plain.jsonl.gz');
    writeFileSync(notGzip, few);
    const mixed = run(['--summary', notGzip, plain]);
    expect(mixed.stderr).toHaveLength(1);
    expect(mixed.stderr[0]).toContain('plain.jsonl.gz');
    expect(mixed.stdout).toBe(fromFile.stdout);
    expect(mixed.status).toBe(1);
    // So is a file that does not exist (it once crashed the run with an unhandled stream error).
    const missing = run(['--summary', join(dir, 'missing.jsonl'), plain]);
    expect(missing.stderr).toEqual([expect.stringContaining('missing.jsonl: ENOENT')]);
    expect(missing.stdout).toBe(fromFile.stdout);
    expect(missing.status).toBe(1);
    // An input without a row says so (it was silent, and exited 0, as if it had been read).
    const [empty, blank] = [join(dir, 'empty.jsonl'), join(dir, 'blank.jsonl')];
    writeFileSync(empty, '');
    writeFileSync(blank, '\n  \n');
    const none = run(['--summary', empty, blank, plain]);
    expect(none.stderr).toEqual([`${empty}: the file is empty`, `${blank}: no rows (every line is blank)`]);
    expect(none.stdout).toBe(fromFile.stdout);
    expect(none.status).toBe(1);
    expect(run(['--summary', '-'], '').stderr).toEqual(['-: nothing came on standard input']);
  });

  it('names a row without an id by its file and line, in a file or standard input', () => {
    const rows = [
      JSON.stringify({title: 'Technical Program Manager', description: 'Drive the release plan.'}),
      JSON.stringify({id: 'kept', title: 'Technical Program Manager', description: 'Drive the release plan.'}),
    ].join('\n');
    const file = join(dir, 'no-ids.jsonl');
    writeFileSync(file, rows);
    const fromFile = run(['--json', file]);
    expect(fromFile.stderr).toEqual([]);
    expect(ids(fromFile.stdout)).toEqual(['no-ids.jsonl:1', 'kept']);
    expect(ids(run(['--json', '-'], rows).stdout)).toEqual(['stdin:1', 'kept']);
  });

  it('says which row is not written in English and analyses the rest; a list card reads its title in any language', () => {
    // In the words of a German contract ad (a 2025 freelancermap posting, not in dev): analysed as English before.
    const german = JSON.stringify({
      id: 'de',
      title: 'IT-Projektmanager (m/w/d)',
      description:
        'Für unseren Kunden suchen wir einen IT-Projektmanager. Sie übernehmen die Planung und Steuerung der Projekte und sind für die Kommunikation mit den Fachbereichen zuständig. Mehrjährige Erfahrung in der Leitung von IT-Projekten wird vorausgesetzt und Sie haben sehr gute Deutschkenntnisse.',
    });
    const file = join(dir, 'languages.jsonl');
    writeFileSync(file, [row(1), german, row(2)].join('\n'));
    const result = run(['--json', file]);
    expect(ids(result.stdout)).toEqual(['row-1', 'row-2']);
    expect(result.stderr).toEqual([
      `${file}:2: the posting is not written in English; TPM Lens reads English postings only`,
    ]);
    expect(run(['--cards', file]).stdout.trim().split('\n')).toHaveLength(3);
  });

  it('answers a line before the next one is written (line by line, output as produced)', async () => {
    const child = spawn(CLI[0], [...CLI.slice(1), '--json', '--jobs', '1', '-'], {cwd: REPO});
    let stdout = '';
    let onData = () => {};
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      onData();
    });
    const answered = (count: number) =>
      new Promise<void>((resolve) => {
        onData = () => stdout.split('\n').filter(Boolean).length >= count && resolve();
        onData();
      });
    child.stdin.write(`${row(1)}\n`);
    await answered(1);
    // Standard input is still open: the first posting came out while more may follow.
    expect(ids(stdout)).toEqual(['row-1']);
    child.stdin.write(`${row(2)}\n`);
    await answered(2);
    child.stdin.end();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(ids(stdout)).toEqual(['row-1', 'row-2']);
    expect(code).toBe(0);
  });
});

describe("a CSV header's delimiter", () => {
  it('is the one the header holds most outside quotes; a tab in a .tsv file', () => {
    expect(delimiterOf('id,title,description')).toBe(',');
    expect(delimiterOf('\uFEFFtitle;company;"location, city";description')).toBe(';');
    expect(delimiterOf('title\tdescription')).toBe('\t');
    expect(delimiterOf('"a;b;c",description')).toBe(',');
    expect(delimiterOf('description')).toBe(',');
    expect(delimiterOf('title,description', 'jobs.tsv.gz')).toBe('\t');
  });
});

describe('analyze streams CSV', {timeout: 180_000}, () => {
  // A JobSpy-style export (python-jobspy's columns; pay in parts), written the way csv writers quote.
  const quote = (field: string) => (/[",\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
  const csvLine = (fields: string[]) => fields.map(quote).join(',');
  const header = csvLine([
    'id',
    'site',
    'Job Title',
    'company',
    'city',
    'state',
    'interval',
    'min_amount',
    'max_amount',
    'currency',
    'description',
  ]);
  const record = (index: number) => {
    const kind = KINDS[index % KINDS.length]!;
    return csvLine([
      `row-${index}`,
      'indeed',
      kind.title,
      'X',
      'Austin',
      'TX',
      'yearly',
      '150000.0',
      '180000.0',
      'USD',
      `${kind.description}\nSite ${index}, "quoted".`,
    ]);
  };

  it('reads a header, quoted fields across lines and pay in parts, in order with worker threads', () => {
    const file = join(dir, 'export.csv');
    writeFileSync(
      file,
      `\uFEFF${[header, ...Array.from({length: ROWS}, (_, index) => record(index + 1))].join('\r\n')}\r\n`,
    );
    const threaded = run(['--json', '--jobs', '2', file]);
    expect(threaded.stderr).toEqual([]);
    const analyses = analysesOf(threaded.stdout);
    expect(analyses.map((analysis) => analysis.id)).toEqual(
      Array.from({length: ROWS}, (_, index) => `row-${index + 1}`),
    );
    expect(analyses[0]!.posting).toMatchObject({title: KINDS[1]!.title, location: 'Austin, TX'});
    expect(analyses[0]!.salary.posted).toMatchObject({annualMin: 150000, annualMax: 180000, currency: 'USD'});
    expect(run(['--json', '--jobs', '1', file]).stdout).toBe(threaded.stdout);
    const gz = join(dir, 'export.csv.gz');
    writeFileSync(gz, gzipSync(readFileSync(file)));
    expect(run(['--json', '--jobs', '1', gz]).stdout).toBe(threaded.stdout);
  });

  it('names a row by the line it starts on, reports a broken record there and reads on', () => {
    const file = join(dir, 'broken.csv');
    const rows = [
      csvLine(['title', 'description']),
      csvLine(['Technical Program Manager', 'Drive the release plan.\nReport status.']),
      csvLine(['No description', '']),
      // A quote opened inside a field, closed by nothing: the parser reaches the end of the file in it.
      'IT Project Manager,"Plan the work. Second line',
      'follows',
    ];
    writeFileSync(file, rows.join('\n'));
    const {stdout, stderr, status} = run(['--json', file]);
    expect(ids(stdout)).toEqual(['broken.csv:2']);
    expect(stderr).toEqual([
      expect.stringMatching(/broken\.csv:4: description: /),
      expect.stringMatching(/broken\.csv:\d+: Quote Not Closed/),
    ]);
    expect(status).toBe(1);
    // JobSpy's job type and remote flag: the type the core reads first, "(Remote)" on the location line.
    const typed = join(dir, 'typed.csv');
    writeFileSync(
      typed,
      [
        csvLine(['title', 'location', 'job_type', 'is_remote', 'description']),
        csvLine(['Technical Program Manager', 'Austin, TX', 'contract', 'True', 'Drive the release plan.']),
        csvLine(['Technical Program Manager', '', 'fulltime', 'False', 'Drive the release plan.']),
      ].join('\n'),
    );
    const read = analysesOf(run(['--json', typed]).stdout);
    expect(read.map((analysis) => [analysis.posting.location, analysis.requirements.employmentType])).toEqual([
      ['Austin, TX (Remote)', 'contract'],
      ['', 'full-time'],
    ]);
    expect(read[0]!.requirements.workMode).toBe('remote');
    // JobSpy's job_url: the job site's country places a location the US tables cannot (a US remote job before).
    const linked = join(dir, 'linked.csv');
    writeFileSync(
      linked,
      [
        csvLine(['title', 'location', 'job_url', 'salary', 'description']),
        csvLine(['TPM', 'Remote', 'https://ca.indeed.com/viewjob?jk=1', '$80,000 a year', 'Drive the release plan.']),
      ].join('\n'),
    );
    const [canada] = analysesOf(run(['--json', linked]).stdout);
    expect(canada!.posting.url).toBe('https://ca.indeed.com/viewjob?jk=1');
    expect(canada!.salary.posted?.currency).toBe('CAD');
    expect(canada!.salary.benchmark?.note).toMatch(/read as in Canada/);
    // A spreadsheet's semicolons, a .tsv file's tabs, and files with no rows (each read nothing or failed before).
    const semicolons = join(dir, 'semicolons.csv');
    writeFileSync(
      semicolons,
      '\uFEFFid;title;location;description\r\nsemi;Technical Program Manager;"Seattle, WA";"Plan the work; report status."\r\n',
    );
    const tabs = join(dir, 'tabs.tsv');
    writeFileSync(
      tabs,
      'id\ttitle\tlocation\tdescription\ntab\tTechnical Program Manager\tAustin, TX\tPlan the work, report status.\n',
    );
    const [empty, headerOnly] = [join(dir, 'empty.csv'), join(dir, 'header-only.csv')];
    writeFileSync(empty, '');
    writeFileSync(headerOnly, 'title,description\n');
    const kinds = run(['--json', semicolons, tabs, empty, headerOnly]);
    const analyses = analysesOf(kinds.stdout);
    expect(analyses.map((analysis) => [analysis.id, analysis.posting.location])).toEqual([
      ['semi', 'Seattle, WA'],
      ['tab', 'Austin, TX'],
    ]);
    expect(kinds.stderr).toEqual([`${empty}: the file is empty`, `${headerOnly}: no rows under the header`]);
    const headless = join(dir, 'headless.csv');
    writeFileSync(headless, 'Job Title,Company\nTPM,X\n');
    expect(run(['--json', headless]).stderr).toEqual([
      `${headless}: no description column (the header has "Job Title", "Company"; name one description, job_description, description_text)`,
    ]);
  });
});

describe('output cannot drive a terminal or a spreadsheet', {timeout: 120_000}, () => {
  const hostile = [
    {
      id: "=cmd|' /C calc'!A0",
      title: '\u001b]52;c;ZWNobyBwd25lZA==\u0007\u001b[2JTechnical Program Manager\u009b31m',
      description: 'Drive software programs.\u001b[1A',
    },
    {id: 'b', title: '@SUM(1+1)', description: 'Plan the work.'},
    {id: 'c', title: '=HYPERLINK("http://example.invalid","click")', description: 'Plan the work.'},
    {id: 'd', title: '-2+3', description: 'Plan the work.'},
  ].map((posting) => JSON.stringify({...posting, company: '', location: '', salary_text: null}));
  const file = join(dir, 'hostile.jsonl');
  writeFileSync(file, hostile.join('\n'));
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  it('strips control characters from reports and escapes them in JSON', () => {
    const report = run([file]);
    expect(report.stdout).toContain('Technical Program Manager');
    expect(report.stdout).not.toMatch(CONTROL);
    const json = run(['--json', file]);
    expect(json.stdout).not.toMatch(CONTROL);
    const first = AnalysisSchema.parse(JSON.parse(json.stdout.split('\n')[0]!));
    expect(first.posting.title).toContain('\u001b]52;');
  });

  it('writes formula-leading cells as text in --summary', () => {
    const {stdout} = run(['--summary', file]);
    expect(stdout).not.toMatch(CONTROL);
    const rows = parse(stdout, {columns: true}) as Array<{id: string; title: string}>;
    expect(rows.map((entry) => entry.id)).toEqual(["'=cmd|' /C calc'!A0", 'b', 'c', 'd']);
    expect(rows.map((entry) => entry.title)).toEqual([
      'Technical Program Manager31m'.replace('Technical', ']52;c;ZWNobyBwd25lZA==[2JTechnical'),
      "'@SUM(1+1)",
      '\'=HYPERLINK("http://example.invalid","click")',
      "'-2+3",
    ]);
  });

  it('leaves ordinary text alone', () => {
    expect(terminalSafe('Técnico — Program Manager\n\tLead')).toBe('Técnico — Program Manager\n\tLead');
    expect(spreadsheetSafe('Program Manager - Cloud')).toBe('Program Manager - Cloud');
    expect(spreadsheetSafe('\tTab')).toBe("'\tTab");
    expect(spreadsheetSafe('\rReturn')).toBe("'\rReturn");
    expect(JSON.parse(terminalSafeJson({title: 'a\u009bb\u007f'}))).toEqual({title: 'a\u009bb\u007f'});
    expect(terminalSafe('abc\u202edef')).toBe('abcdef');
  });
});

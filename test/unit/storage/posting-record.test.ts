import {parse} from 'csv-parse/sync';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {csvCell, csvTable} from '../../../src/core/csv';
import {CSV_COLUMNS, postingsCsv} from '../../../src/postings/export-csv';
import {migrateRecord, readRecord, upgrade} from '../../../src/storage/posting-migrations';
import {
  mergeRecords,
  PostingRecordSchema,
  recordFromAnalysis,
  postingKeyOf,
  RECORD_VERSION,
  sameJobKey,
  type PostingRecord,
} from '../../../src/storage/posting-record';
import {STATUSES, summaryOf} from '../../../src/storage/posting-summary';
import {FILE_FORMAT, parsePostingsFile, postingsFile} from '../../../src/storage/postings-file';
import {haveRealPostings} from '../../support/dev-postings';
import {analyzeWith, context, PROFILE, recordOf, sitePostings} from '../../support/posting-records';
import {screeningParts} from '../../../src/core/screening-line';

describe.skipIf(!haveRealPostings)('posting records', () => {
  const postings = sitePostings(40);
  const records = postings.map((posting) => recordOf(posting));

  it('every real posting makes a record the schema accepts, keyed by its site key', () => {
    for (const [index, record] of records.entries()) {
      expect(PostingRecordSchema.safeParse(record).success).toBe(true);
      expect(record.key).toBe(postings[index]!.id);
      expect(record.checklist.met.length + record.checklist.missing.length).toBe(21);
    }
    // Some of them carry county wage levels with their source and year.
    const withLevels = records.filter((record) => record.benchmark?.levels);
    expect(withLevels.length).toBeGreaterThan(0);
    for (const record of withLevels) expect(record.benchmark!.levelsSource!.date).toMatch(/\d{4}/);
  });

  it("keeps the screening line's parts as the panel says them, and the CSV shows them in one column", () => {
    // Real postings that state a work mode, sponsorship or clearance (the fields were not kept before format 2).
    const screened = records.filter((record) => record.screening && Object.keys(record.screening).length > 0);
    expect(screened.length).toBeGreaterThan(0);
    for (const [index, record] of records.entries()) {
      const analysis = analyzeWith(postings[index]!);
      const expected = screeningParts(analysis).filter((part) => part.id !== 'years' && part.id !== 'degree');
      expect(Object.entries(record.screening!)).toEqual(expected.map((part) => [part.id, part.text]));
    }
    const rows = parse(postingsCsv(screened), {columns: true}) as Array<Record<string, string>>;
    rows.forEach((row, index) =>
      expect(row.screening).toBe(Object.values(screened[index]!.screening!).join(' \u00b7 ')),
    );
    // Several parts share the column ("Senior · Travel 10%").
    expect(rows.some((row) => row.screening!.includes(' \u00b7 '))).toBe(true);
  });

  it("names the place's benchmark figure with its source for a record without posted pay, so the CSV prices it", () => {
    const unpaid = records.filter((record) => record.pay === null && record.benchmark?.levels);
    expect(unpaid.length).toBeGreaterThan(0);
    const rows = parse(postingsCsv(unpaid), {columns: true}) as Array<Record<string, string>>;
    rows.forEach((row, index) => {
      const levels = unpaid[index]!.benchmark!.levels!;
      expect(row).toMatchObject({
        pay_min_annual: '',
        benchmark_low: String(levels[0]),
        benchmark_high: String(levels[3]),
      });
      expect(row.benchmark_source).toMatch(/OFLC/);
    });
  });

  it('a record changed on disk is refused with where it is wrong', () => {
    const broken = {...records[0]!, completeness: {score: 'high', missing: []}};
    const read = readRecord(broken);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(/completeness\.score/);
    expect(readRecord(null).ok).toBe(false);
    expect(readRecord({...records[0], v: RECORD_VERSION + 1})).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/newer TPM Lens/),
    });
  });
});

describe('posting keys and the same job on two sites', () => {
  it('keys by the site key, else the URL without its fragment', () => {
    expect(
      postingKeyOf({
        id: 'linkedin:3915648739',
        url: 'https://www.linkedin.com/jobs/view/3915648739/',
        title: 't',
        company: 'c',
      }),
    ).toBe('linkedin:3915648739');
    expect(
      postingKeyOf({
        id: 'none:https://x.example/jobs',
        url: 'https://x.example/jobs/7?ref=a#apply',
        title: 't',
        company: 'c',
      }),
    ).toBe('url:https://x.example/jobs/7?ref=a');
  });

  it('LinkedIn and Greenhouse spellings of one job agree; other jobs do not', () => {
    const linkedin = sameJobKey(
      'Technical Program Manager, ASIC Development',
      'Google',
      'Sunnyvale, CA, United States',
    );
    const greenhouse = sameJobKey(
      'Technical Program Manager – ASIC Development',
      'Google LLC',
      'Sunnyvale, California',
    );
    expect(greenhouse).toBe(linkedin);
    // A board account's name: Indeed's "Canonical - Jobs" is the Canonical of its own careers site.
    expect(sameJobKey('Engineering Manager', 'Canonical - Jobs', 'Austin, TX')).toBe(
      sameJobKey('Engineering Manager', 'Canonical', 'Austin, TX'),
    );
    // And the stored posting names the employer so.
    const [posting] = sitePostings(1, 'indeed');
    expect(recordOf({...posting!, company: 'Canonical - Jobs'}).company).toBe('Canonical');
    expect(sameJobKey('Technical Program Manager, ASIC Development', 'Google', 'Austin, TX')).not.toBe(linkedin);
    expect(sameJobKey('Technical Program Manager, Silicon', 'Google', 'Sunnyvale, CA')).not.toBe(linkedin);
    expect(sameJobKey('Technical Program Manager, ASIC Development', 'Apple', 'Sunnyvale, CA')).not.toBe(linkedin);
    expect(sameJobKey('Café Manager', 'Crème & Co.', 'Montréal (Hybrid)')).toBe(
      sameJobKey('cafe manager', 'Creme and', 'Montreal'),
    );
  });
});

// ---- Generated records for the property tests -----------------------------------------------------

const iso = fc
  .date({min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true})
  .map((date) => date.toISOString());
const text = fc.string({unit: 'binary', maxLength: 40});

function recordArbitrary(base: PostingRecord): fc.Arbitrary<PostingRecord> {
  return fc
    .record({
      key: fc.string({minLength: 1, maxLength: 30}),
      title: text,
      company: text,
      notes: fc.string({unit: 'binary', maxLength: 200}),
      status: fc.constantFrom(...STATUSES),
      dates: fc.array(iso, {minLength: 4, maxLength: 4}),
      edited: fc.boolean(),
      fit: fc.option(fc.integer({min: 0, max: 100}), {nil: null}),
      pay: fc.option(fc.tuple(fc.integer({min: 0, max: 500_000}), fc.integer({min: 0, max: 500_000})), {nil: null}),
      otherLinks: fc.array(fc.string({minLength: 1, maxLength: 20}), {maxLength: 3}),
    })
    .map(({key, title, company, notes, status, dates, edited, fit, pay, otherLinks}) => {
      const [first, last, analyzed, editedAt] = [...dates].sort() as [string, string, string, string];
      const links = [
        {key, site: 'greenhouse', url: `https://boards.greenhouse.io/x/jobs/${encodeURIComponent(key)}`},
        ...[...new Set(otherLinks)]
          .filter((other) => other !== key)
          .map((other) => ({key: other, site: 'linkedin', url: ''})),
      ];
      return {
        ...base,
        key,
        keys: links.map((link) => link.key),
        links,
        title,
        company,
        notes,
        status,
        firstSeen: first,
        lastSeen: last,
        analyzedAt: analyzed,
        editedAt: edited ? editedAt : null,
        fit: fit === null ? null : {score: fit, met: ['communication'], missing: ['degree']},
        pay:
          pay === null ? null : {annualMin: Math.min(...pay), annualMax: Math.max(...pay), currency: 'USD', text: '$'},
      };
    });
}

describe.skipIf(!haveRealPostings)('merge (property tests over generated records)', () => {
  const base = recordOf(sitePostings(1)[0]!);
  const records = recordArbitrary(base);

  it('generated records are valid records', () => {
    fc.assert(fc.property(records, (record) => PostingRecordSchema.safeParse(record).success));
  });

  it('merging a record with itself changes nothing', () => {
    fc.assert(
      fc.property(records, (record) => {
        expect(mergeRecords(record, record)).toEqual(record);
      }),
    );
  });

  it('nothing newer is lost: widest span, every link, the later analysis, the later edit', () => {
    fc.assert(
      fc.property(records, records, (a, raw) => {
        const b = {
          ...raw,
          key: a.key,
          keys: [a.key, ...raw.keys.filter((key) => key !== a.key && key !== raw.key)],
          links: [{...raw.links[0]!, key: a.key}, ...raw.links.slice(1).filter((link) => link.key !== a.key)],
        };
        const merged = mergeRecords(a, b);
        expect(PostingRecordSchema.safeParse(merged).success).toBe(true);
        expect(merged.key).toBe(a.key);
        expect(merged.firstSeen).toBe([a.firstSeen, b.firstSeen].sort()[0]);
        expect(merged.lastSeen).toBe([a.lastSeen, b.lastSeen].sort()[1]);
        for (const key of [...a.keys, ...b.keys]) expect(merged.keys).toContain(key);
        expect(new Set(merged.keys).size).toBe(merged.keys.length);
        const analysis = b.analyzedAt > a.analyzedAt ? b : a;
        expect(merged.title).toBe(analysis.title);
        expect(merged.fit).toEqual(analysis.fit);
        const editor = b.editedAt !== null && (a.editedAt === null || b.editedAt > a.editedAt) ? b : a;
        expect(merged.status).toBe(editor.status);
        expect(merged.notes).toBe(editor.notes);
        // Merging the other way round keeps the same data (only the identity follows the first; ties keep the first).
        if (a.analyzedAt === b.analyzedAt || a.editedAt === b.editedAt) return;
        const back = mergeRecords(b, a);
        expect({...back, key: 0, keys: 0, links: 0, site: 0}).toEqual({...merged, key: 0, keys: 0, links: 0, site: 0});
      }),
    );
  });

  it('export then import is lossless', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(records, {selector: (record) => record.key, maxLength: 8}),
        fc.array(fc.option(fc.string({unit: 'binary', maxLength: 300}), {nil: null})),
        (list, descriptions) => {
          const entries = list.map((record, index) => {
            const description = descriptions[index] ?? null;
            return {record, text: description === null ? null : {key: record.key, salaryText: '', description}};
          });
          const file = JSON.stringify(postingsFile(entries, new Date('2026-12-01T00:00:00Z')));
          const parsed = parsePostingsFile(file);
          expect(parsed).toEqual({ok: true, entries});
        },
      ),
    );
  });
});

describe.skipIf(!haveRealPostings)('import validation', () => {
  const record = recordOf(sitePostings(1)[0]!);
  const good = {
    format: FILE_FORMAT,
    version: RECORD_VERSION,
    exportedAt: '2026-12-01T00:00:00.000Z',
    postings: [{...record, text: null}],
  };
  const refuse = (text: string) => {
    const parsed = parsePostingsFile(text);
    expect(parsed.ok).toBe(false);
    return parsed.ok ? '' : parsed.problem;
  };

  it('accepts a file the export wrote', () => {
    expect(parsePostingsFile(JSON.stringify(good))).toMatchObject({ok: true, entries: [{record}]});
  });

  it('refuses broken files, saying why', () => {
    expect(refuse('{"format": "tpm-lens-postings", "postings": [')).toMatch(/not JSON/);
    expect(refuse(JSON.stringify({profile: {}}))).toMatch(/not a TPM Lens postings file/);
    expect(refuse(JSON.stringify({...good, version: RECORD_VERSION + 1}))).toMatch(/newer TPM Lens/);
    expect(refuse(JSON.stringify({...good, postings: [{...record, status: 'hired'}]}))).toMatch(/posting 1: status/);
    expect(
      refuse(
        JSON.stringify({
          ...good,
          postings: [
            {...record, text: null},
            {...record, text: null},
          ],
        }),
      ),
    ).toMatch(/posting 2: the key .* appears twice/);
    expect(refuse(JSON.stringify({...good, postings: [{...record, text: {description: 5}}]}))).toMatch(
      /posting 1: text/,
    );
    expect(refuse(JSON.stringify({...good, postings: [{...record, firstSeen: 'yesterday'}]}))).toMatch(/firstSeen/);
  });
});

describe('migrations', () => {
  it("record steps run in order from the record's version; a newer or unversioned record is refused", () => {
    const steps = {
      2: (old: Record<string, unknown>) => ({...old, notes: old.comment ?? '', comment: undefined}),
      3: (old: Record<string, unknown>) => ({...old, tags: []}),
    };
    expect(migrateRecord({v: 1, comment: 'call back'}, steps, 3)).toEqual({
      ok: true,
      value: {v: 3, notes: 'call back', comment: undefined, tags: []},
    });
    expect(migrateRecord({v: 2, notes: 'x'}, steps, 3)).toEqual({ok: true, value: {v: 3, notes: 'x', tags: []}});
    expect(migrateRecord({v: 4}, steps, 3)).toMatchObject({ok: false, problem: expect.stringMatching(/newer/)});
    expect(migrateRecord({title: 'x'}, steps, 3)).toMatchObject({ok: false});
    expect(migrateRecord({v: 1}, {3: steps[3]}, 3)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/no migration from record format 1 to 2/),
    });
  });

  it('a format 1 record (before the screening parts were kept) reads with its screening unknown', () => {
    const record = recordOf(sitePostings(1)[0]!);
    const {screening: _screening, ...older} = {...record, v: 1};
    expect(readRecord(older)).toEqual({ok: true, record: {...record, screening: null}});
    expect(RECORD_VERSION).toBe(2);
  });

  it('database steps run from the old version to the new one, and a missing step stops the upgrade', () => {
    // The real steps against a real (fake-indexeddb) database are in store.test.ts ("an old database").
    const db = {} as IDBDatabase;
    const tx = {} as IDBTransaction;
    const ran: string[] = [];
    upgrade(db, tx, 1, 3, {2: () => ran.push('2'), 3: () => ran.push('3')});
    expect(ran).toEqual(['2', '3']);
    expect(() => upgrade(db, tx, 1, 2, {})).toThrow(/no upgrade step to database version 2/);
  });
});

describe('CSV', () => {
  it('RFC 4180 quoting and formula-leading cells neutralised', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const lead of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvCell(`${lead}1+1`).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });

  it('any table parses back to its cells (formula cells with their quote prefix)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({unit: 'binary', maxLength: 12}), {minLength: 3, maxLength: 3}), {
          minLength: 1,
          maxLength: 6,
        }),
        (rows) => {
          const back = parse(csvTable(rows), {relax_column_count: false, record_delimiter: '\r\n'}) as string[][];
          const expected = rows.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
          expect(back).toEqual(expected);
        },
      ),
    );
  });

  it('keeps the posted pay against the profile expectation and the key skills named, and the CSV says them', () => {
    // SYNTHETIC posting; the record dropped the comparison before (no column either).
    const posting = {
      id: 'greenhouse:1',
      site: 'greenhouse',
      url: 'https://boards.greenhouse.io/example/jobs/1',
      title: 'Technical Program Manager',
      company: 'Example',
      location: 'Austin, TX',
      salaryText: '$120,000 - $140,000 a year',
      description: 'Drive cross-team software programs tracked in Jira.',
    };
    const analysis = analyzeWith(posting, {...PROFILE, payExpectation: 150000, skills: ['Jira', 'Tableau']});
    const record = recordFromAnalysis(posting, analysis, context('2026-12-04T10:00:00.000Z', 'stamp'));
    expect(PostingRecordSchema.safeParse(record).success).toBe(true);
    expect(record.fit?.pay?.verdict).toBe('below');
    const [row] = parse(postingsCsv([record]), {columns: true}) as Array<Record<string, string>>;
    expect(row!.pay_vs_yours).toBe('below');
    expect(record.fit?.skills?.named).toEqual(['Jira']);
    expect(row!.skills_named).toBe('Jira');
  });

  it('keeps why the fit is 0, in the row and the CSV (neither before)', () => {
    // SYNTHETIC posting, in dev postings' words.
    const posting = {
      id: 'greenhouse:2',
      site: 'greenhouse',
      url: 'https://boards.greenhouse.io/example/jobs/2',
      title: 'Technical Program Manager',
      company: 'Example',
      location: 'Austin, TX',
      salaryText: '',
      description: 'Drive cross-team software programs.\nWe are unable to sponsor H1B candidates.\nJob Types: Contract',
    };
    const blocked = {...PROFILE, needsSponsorship: true, employmentTypes: ['full-time' as const]};
    const record = recordFromAnalysis(posting, analyzeWith(posting, blocked), context('2026-12-04T10:00:00.000Z', 's'));
    expect(PostingRecordSchema.safeParse(record).success).toBe(true);
    const reasons = ['posting offers no visa sponsorship; you need it', 'posting is contract; you accept full-time'];
    expect(record.fit).toMatchObject({score: 0, blockers: reasons});
    expect(summaryOf(record).blockers).toEqual(reasons);
    const [row] = parse(postingsCsv([record]), {columns: true}) as Array<Record<string, string>>;
    expect(row!.fit_blockers).toBe(reasons.join('; '));
    // Nothing blocks a profile that leaves both unsaid: no blockers kept.
    const open = recordFromAnalysis(posting, analyzeWith(posting, PROFILE), context('2026-12-04T10:00:00.000Z', 't'));
    expect(open.fit?.blockers).toBeUndefined();
    expect(summaryOf(open)).not.toHaveProperty('blockers');
  });

  it.skipIf(!haveRealPostings)('the postings CSV has one row per posting under its header', () => {
    const list = sitePostings(5).map((posting) => recordOf(posting));
    const rows = parse(postingsCsv(list), {columns: true}) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.map((row) => row.title)).toEqual(
      list.map((record) => (/^[=+\-@]/.test(record.title) ? `'${record.title}` : record.title)),
    );
  });
});

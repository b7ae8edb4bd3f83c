import {describe, expect, it} from 'vitest';
import {analyzeDraft, detectDraftLocation, detectDraftTitle} from '../../../src/core/draft';
import {CHECKLIST_IDS} from '../../../src/core/ids';
import {draftReportMarkdown, escapeMarkdown} from '../../../src/core/markdown-report';
import {extractPay} from '../../../src/core/pay';
import {matchChecklist} from '../../../src/core/match';
import {extractRequirements} from '../../../src/core/requirements';
import {SUGGESTIONS} from '../../../src/core/suggestions';
import {haveRealPostings, realPostings} from '../../support/dev-postings';

describe('suggestions', () => {
  it('has one for every checklist id and listing fact', () => {
    expect(Object.keys(SUGGESTIONS).sort()).toEqual([...CHECKLIST_IDS, 'pay-range', 'location'].sort());
  });

  for (const id of CHECKLIST_IDS) {
    it(`${id}: the example, added to a draft, makes the item present`, () => {
      const {example} = SUGGESTIONS[id];
      expect(matchChecklist([example]).find((match) => match.id === id)?.present).toBe(true);
      const report = analyzeDraft({text: `Technical Project Manager\n${example}`});
      expect(report.analysis.completeness.missing).not.toContain(id);
    });
  }

  it('pay-range and location examples are read as pay and place', () => {
    expect(extractPay('', SUGGESTIONS['pay-range'].example)).not.toBeNull();
    expect(detectDraftLocation(SUGGESTIONS.location.example)).toBe(
      'Austin, TX (hybrid, three days a week in the office).',
    );
  });

  it('names the structured requirements the readers see in the degree and years examples', () => {
    const read = extractRequirements([
      SUGGESTIONS.degree.example,
      SUGGESTIONS.experience.example,
      SUGGESTIONS['pm-certification'].example,
    ]);
    expect(read.degree).toBe('bachelor');
    expect(read.minYearsExperience).toBe(5);
  });
});

describe('draft title and location', () => {
  it('takes a labelled line first, else a heading-like first line', () => {
    expect(detectDraftTitle('About us\nJob title: IT Project Manager\nWe build things.')).toBe('IT Project Manager');
    expect(detectDraftTitle('# Senior Technical Program Manager\nYou will run programs.')).toBe(
      'Senior Technical Program Manager',
    );
    expect(detectDraftTitle('We are looking for someone to run our data-center programs.\nMore text')).toBe('');
  });

  it('finds a labelled place, a City, ST anywhere, or a remote statement', () => {
    expect(detectDraftLocation('Title\nLocation: Boston, MA or remote')).toBe('Boston, MA or remote');
    expect(detectDraftLocation('Title\nYou will join our team in Raleigh, NC.')).toBe('Raleigh, NC');
    expect(detectDraftLocation('Title\nThis is a fully remote position.')).toBe('Remote');
    expect(detectDraftLocation('Agile, QA and DevOps, IT teams')).toBe('');
  });

  it('skips section headings and Markdown emphasis, and reads a state by its name', () => {
    // Each read wrong before: the heading or the asterisks as the title, no place, no remote statement.
    expect(detectDraftTitle('Job Description\nTechnical Program Manager\nYou will run programs.')).toBe(
      'Technical Program Manager',
    );
    // The heading is no title; the role the sentence seeks is (read as no title before).
    expect(detectDraftTitle('About the role\nWe are looking for a TPM.')).toBe('TPM');
    expect(detectDraftTitle('**Technical Program Manager**\n**Location:** Chicago, IL')).toBe(
      'Technical Program Manager',
    );
    expect(detectDraftLocation('Title\nWe have offices in Austin, Texas and Denver.')).toBe('Austin, TX');
    expect(detectDraftLocation('Title\nSanta Fe, New Mexico')).toBe('Santa Fe, NM');
    expect(detectDraftLocation('Title\nThis role is remote.')).toBe('Remote');
    expect(detectDraftLocation('Program Manager, Cloud Infrastructure')).toBe('');
  });

  it('reads labels with a dash or Markdown emphasis, a company heading, and the role a sentence seeks', () => {
    // SYNTHETIC drafts; each read the wrong title or place, or none, before.
    expect(detectDraftTitle('Title - Staff TPM\nWhere: San Francisco Bay Area')).toBe('Staff TPM');
    expect(detectDraftLocation('Title - Staff TPM\nWhere: San Francisco Bay Area')).toBe('San Francisco Bay Area');
    expect(detectDraftLocation('# Technical Program Manager\n\n**Location:** Remote (US)')).toBe('Remote (US)');
    expect(detectDraftTitle('About Acme\nAcme builds rockets.\n\nThe role: Technical Program Manager')).toBe(
      'Technical Program Manager',
    );
    expect(
      detectDraftTitle('We are seeking a Senior Technical Program Manager (TPM) to lead our cloud programs.'),
    ).toBe('Senior Technical Program Manager (TPM)');
    expect(detectDraftTitle('Join us as our next Head of Technical Programs, based in Boston, MA.')).toBe(
      'Head of Technical Programs',
    );
    expect(detectDraftLocation('Position: Technical Program Manager (Remote)')).toBe('Remote');
    // A heading's last " | " part that names a place or remote work is the place, not the title's end.
    const piped = 'Technical Program Manager – Cloud Platform | Remote (United States)\n\nOur team builds...';
    expect(detectDraftTitle(piped)).toBe('Technical Program Manager - Cloud Platform');
    expect(detectDraftLocation(piped)).toBe('Remote (United States)');
    expect(detectDraftTitle('Technical Program Manager | Payments')).toBe('Technical Program Manager | Payments');
    // Or after a dash (read as the title's end before, and the location as "Remote" without its scope).
    const dashed = 'Technical Program Manager \u2013 Remote (US)\n\nWe build payments.';
    expect(detectDraftTitle(dashed)).toBe('Technical Program Manager');
    expect(detectDraftLocation(dashed)).toBe('Remote (US)');
    // Or in a bracket at the end, whatever dashes it holds (SYNTHETIC; the title kept the bracket before, and
    // the location was "Chicago, IL)").
    const bracketed = 'Position: Sr. Technical Project Manager (Hybrid - Chicago, IL)\nWe build payments.';
    expect(detectDraftTitle(bracketed)).toBe('Sr. Technical Project Manager');
    expect(detectDraftLocation(bracketed)).toBe('Hybrid - Chicago, IL');
    expect(detectDraftTitle('Technical Program Manager (Seattle, WA)\nAbout us')).toBe('Technical Program Manager');
    expect(detectDraftTitle('Technical Program Manager (Contract)\nAbout us')).toBe(
      'Technical Program Manager (Contract)',
    );
    // The employer after "at" is not the title; a second role after it keeps the line whole.
    const atEmployer = 'Technical Program Manager at Acme (Remote)\nAbout us';
    expect(detectDraftTitle(atEmployer)).toBe('Technical Program Manager');
    expect(detectDraftLocation(atEmployer)).toBe('Remote');
    expect(detectDraftTitle('Program Manager at Acme, Engineering Manager at Beta')).toBe(
      'Program Manager at Acme, Engineering Manager at Beta',
    );
    expect(detectDraftTitle('Senior TPM - Infrastructure - Austin, TX')).toBe('Senior TPM - Infrastructure');
    expect(detectDraftTitle('Program Manager - Data Center\nAustin, TX')).toBe('Program Manager - Data Center');
    // The title ends where that part starts, whatever marks the part holds itself.
    expect(detectDraftTitle('Technical Program Manager | Seattle, WA|Remote')).toBe('Technical Program Manager');
    // A labelled line that is a sentence names no title.
    expect(detectDraftTitle('Role - lead the team and deliver programs across the organization every quarter.')).toBe(
      '',
    );
  });
});

describe.skipIf(!haveRealPostings)('the draft checker on real listings', () => {
  const postings = realPostings();
  const tpm = postings.find((posting) => /technical program manager/i.test(posting.title) && posting.salaryText === '');

  it('lists what a real listing misses, each with a suggestion, and its detected title', () => {
    expect(tpm).toBeDefined();
    const report = analyzeDraft({text: `${tpm!.title}\n${tpm!.description}`});
    expect(report.title).toEqual({value: tpm!.title, detected: true});
    expect(report.suggestions.map((suggestion) => suggestion.id)).toEqual(report.analysis.completeness.missing);
    expect(report.suggestions.length).toBeGreaterThan(0);
    expect(report.payRange).toEqual({present: false, text: null, required: null});
    expect(report.suggestions.find((suggestion) => suggestion.id === 'pay-range')?.label).toBe('Pay range');
  });

  it('uses the fields a recruiter filled in over what it detects', () => {
    const report = analyzeDraft({
      text: tpm!.description,
      title: 'TPM, Storage',
      location: 'Remote (US)',
      salaryText: '$150,000 - $190,000',
    });
    expect(report.title).toEqual({value: 'TPM, Storage', detected: false});
    expect(report.location).toEqual({value: 'Remote (US)', detected: false});
    expect(report.payRange.present).toBe(true);
    expect(report.analysis.completeness.missing).not.toContain('pay-range');
    expect(report.analysis.completeness.missing).not.toContain('location');
  });

  it("puts a legally required pay range first, from the core's pay-transparency answer for the place", () => {
    const report = analyzeDraft({text: tpm!.description, location: 'Denver, CO', date: '2026-12-01'});
    expect(report.analysis.salary.transparency?.required).toBe(true);
    expect(report.suggestions[0]?.id).toBe('pay-range');
    expect(report.payRange.required).toBe(true);
    const nowhere = analyzeDraft({text: tpm!.description, location: 'Austin, TX', date: '2026-12-01'});
    expect(nowhere.payRange.required).toBeNull();
  });

  it('writes a Markdown report that keeps listing text literal', () => {
    const report = analyzeDraft({text: `Technical Program Manager *urgent* [apply](http://x)\n${tpm!.description}`});
    const markdown = draftReportMarkdown(report);
    expect(markdown).toContain('# Listing check: Technical Program Manager \\*urgent\\* \\[apply\\](http://x)');
    expect(markdown).toContain(`- **Completeness:** ${report.analysis.completeness.score}/100`);
    for (const suggestion of report.suggestions)
      expect(markdown).toContain(`- **${suggestion.label}**: ${suggestion.advice}`);
    expect(markdown).not.toContain('JobPosting JSON-LD');
  });
});

describe('escapeMarkdown', () => {
  it('escapes syntax characters and folds whitespace', () => {
    expect(escapeMarkdown('a_b *c* <d>\n#e')).toBe('a\\_b \\*c\\* \\<d\\> \\#e');
  });
});

describe('screening facts left unsaid', () => {
  it('tells recruiters when work mode, sponsorship or employment type is unsaid, and each example makes it said', async () => {
    const {SCREENING_SUGGESTIONS} = await import('../../../src/core/suggestions');
    const bare = analyzeDraft({
      text: 'Technical Program Manager\nDrive cross-team software programs and report status to leadership.',
    });
    expect(bare.unsaid.map((item) => item.id)).toEqual(['work-mode', 'sponsorship', 'employment-type']);
    const said = analyzeDraft({
      text: ['Technical Program Manager', ...Object.values(SCREENING_SUGGESTIONS).map((item) => item.example)].join(
        '\n',
      ),
    });
    expect(said.unsaid).toEqual([]);
    expect(said.analysis.requirements).toMatchObject({
      workMode: 'hybrid',
      sponsorship: 'not offered',
      employmentType: 'full-time',
    });
  });
});

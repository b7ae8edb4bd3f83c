// Issue 13 item 9: characters that show nothing must not change what the core reads. A zero-width space
// inside "Tech\u200bnical" defeated detection; direction controls and soft hyphens did the same.
import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {normalizeText} from '../../../src/core/normalize';
import {splitSentences} from '../../../src/core/text';

const posting = (
  title: string,
  description = 'Lead cross-functional programs with engineering teams. Drive technical roadmaps and releases.',
) => ({
  title,
  company: 'Example',
  location: 'Austin, TX',
  salaryText: '',
  description,
});

describe('invisible characters are dropped before matching', () => {
  it.each([
    ['zero-width space', 'Tech\u200bnical Program Manager'],
    ['zero-width joiner', 'Techn\u200dical Program Manager'],
    ['word joiner', 'Technical Pro\u2060gram Manager'],
    ['soft hyphen', 'Tech\u00adnical Program Manager'],
    ['byte order mark', '\ufeffTechnical Program\ufeff Manager'],
    ['direction controls', 'Technical \u202eProgram\u202c Manager'],
  ])('%s in the title', (_name, title) => {
    expect(analyze(posting(title)).detection.isTechnicalProjectManager).toBe(true);
  });

  it('in the description', () => {
    const hidden = analyze(
      posting(
        'Program Manager',
        'Re\u200bquires 7+ ye\u200cars of ex\u200bperience. Bachelor\u2019s de\u00adgree in Computer Science.',
      ),
    );
    expect(hidden.requirements.minYearsExperience).toBe(7);
    expect(hidden.requirements.degree).toBe('bachelor');
  });

  it('a double prime is a double quote, not two single ones (NFKC would make it two primes)', () => {
    expect(normalizeText('the \u2033Program Manager\u2033 role, \u201cTPM\u201d')).toBe(
      'the "Program Manager" role, "TPM"',
    );
  });

  it('spaces of other widths still separate words', () => {
    expect(normalizeText('Program\u2009Manager\u00a0role')).toBe('Program Manager role');
    expect(splitSentences('Own the sched\u200bule.\u200b\nDrive the risks.')).toEqual([
      'Own the schedule.',
      'Drive the risks.',
    ]);
  });
});

import {render} from 'preact';
import {act} from 'preact/test-utils';
import {describe, expect, it, vi} from 'vitest';
import {analyzeDraft} from '../../../src/core/draft';
import {emptyProfile} from '../../../src/core/profile';
import type {Profile} from '../../../src/core/types';
import {OptionsApp} from '../../../src/options/OptionsApp';
import {PROFILE_KEY} from '../../../src/storage/keys';
import {createProfileStore} from '../../../src/storage/profile-store';
import {parseProfileValue} from '../../../src/core/profile-schema';
import {haveRealPostings, realPostings} from '../../support/dev-postings';
import {memoryArea} from '../../support/memory-area';
import {optionsPage} from '../../support/options-page';

const {page, settle, $, type, click, button, mount} = optionsPage();

const stored: Profile = {
  ...emptyProfile(),
  yearsExperience: 4,
  degree: 'bachelor',
  certifications: ['PMP'],
  checklist: ['communication'],
  skills: ['Jira'],
  location: 'Denver, CO',
  payExpectation: 140000,
};

describe('options page: profile tab', () => {
  it('shows the stored profile and saves what the user changes', async () => {
    const {sync} = await mount(memoryArea({[PROFILE_KEY]: stored}));
    expect($<HTMLInputElement>('#years').value).toBe('4');
    expect($<HTMLSelectElement>('#degree').value).toBe('bachelor');
    await type('#years', '7');
    await act(() => {
      const select = $<HTMLSelectElement>('#degree');
      select.value = 'master';
      select.dispatchEvent(new Event('change', {bubbles: true}));
    });
    await click($('input[value="risk-management"]'));
    await type('#pay', '$165k');
    await click(button('Save profile'));
    expect($('[data-testid="profile-status"]').textContent).toContain('Profile saved');
    expect(sync.data[PROFILE_KEY]).toEqual({
      ...stored,
      yearsExperience: 7,
      degree: 'master',
      checklist: ['communication', 'risk-management'],
      payExpectation: 165000,
    });
  });

  it('saves the employment types ticked, in the list\u2019s order, and unticks one (no such field before)', async () => {
    const {sync} = await mount(memoryArea({[PROFILE_KEY]: {...stored, employmentTypes: ['contract']}}));
    const boxes = () => [...page.root.querySelectorAll<HTMLInputElement>('input[name="employment-types"]')];
    expect(boxes().map((box) => [box.value, box.checked, box.parentElement!.textContent])).toEqual([
      ['full-time', false, 'Full-time'],
      ['part-time', false, 'Part-time'],
      ['contract', true, 'Contract'],
      ['temporary', false, 'Temporary'],
      ['internship', false, 'Internship'],
      ['per diem', false, 'Per diem'],
      ['volunteer', false, 'Volunteer'],
    ]);
    await click($('input[name="employment-types"][value="full-time"]'));
    await click(button('Save profile'));
    expect(sync.data[PROFILE_KEY]).toEqual({...stored, employmentTypes: ['full-time', 'contract']});
    await click($('input[name="employment-types"][value="contract"]'));
    await click(button('Save profile'));
    expect(sync.data[PROFILE_KEY]).toEqual({...stored, employmentTypes: ['full-time']});
  });

  it('reports a corrupt stored profile, keeps it aside and lists the backup', async () => {
    const corrupt = {version: 1, degree: 'wizard'};
    const {sync, local} = await mount(memoryArea({[PROFILE_KEY]: corrupt}));
    expect($('[data-testid="profile-status"]').textContent).toMatch(
      /could not be read \(degree: .*\)\. It was kept aside/,
    );
    expect(sync.data[PROFILE_KEY]).toEqual(corrupt);
    expect(local.data.profileBackups).toHaveLength(1);
    expect($('#backups-heading').textContent).toBe('Kept aside');
  });

  it('refuses bad input with a message per field and stores nothing', async () => {
    const {sync} = await mount();
    await type('#years', 'ten');
    await click(button('Save profile'));
    expect(page.root.querySelector('.field-error')?.textContent).toContain('Years must be a number');
    expect(sync.data[PROFILE_KEY]).toBeUndefined();
  });

  it('reads a pasted resume into the form, shows where each value came from, and saves only on confirm', async () => {
    const {sync} = await mount();
    await type(
      '#resume-text',
      'Sam Lee\nPortland, OR\nProgram manager with 6 years of experience leading teams and managing risks.\nEducation\nB.S. Computer Science\nCertifications\nPMP, 2021\nSkills\nJira, SQL',
    );
    await click(button('Read resume into the form'));
    expect($<HTMLInputElement>('#years').value).toBe('6');
    expect($<HTMLSelectElement>('#degree').value).toBe('bachelor');
    expect($<HTMLTextAreaElement>('#certifications').value).toBe('PMP');
    expect($<HTMLInputElement>('#location').value).toBe('Portland, OR');
    expect($<HTMLInputElement>('input[value="risk-management"]').checked).toBe(true);
    expect(page.root.querySelector('.evidence')?.textContent).toContain('6 years of experience');
    expect(sync.data[PROFILE_KEY]).toBeUndefined();
    await click(button('Save profile'));
    expect(sync.data[PROFILE_KEY]).toMatchObject({
      yearsExperience: 6,
      degree: 'bachelor',
      certifications: ['PMP'],
      skills: ['Jira', 'SQL'],
      location: 'Portland, OR',
    });
  });

  it('reads sponsorship, a held clearance and US citizenship from the resume into the screening fields', async () => {
    // Each stayed "Not said" before, and the last two lines were listed as certifications.
    await mount();
    await type(
      '#resume-text',
      'Sam Lee\nPortland, OR\nNo sponsorship required.\nCertifications\nPMP, 2021\nClearance: Active Secret\nUS Citizen',
    );
    await click(button('Read resume into the form'));
    expect($<HTMLSelectElement>('#clearance-held').value).toBe('Secret');
    expect($<HTMLSelectElement>('#us-citizen').value).toBe('yes');
    expect($<HTMLSelectElement>('#needs-sponsorship').value).toBe('no');
    expect($<HTMLTextAreaElement>('#certifications').value).toBe('PMP');
    const shown = [...page.root.querySelectorAll('[data-testid="screening-fields"] .evidence')].map(
      (node) => node.textContent,
    );
    expect(shown.join(' ')).toContain('Clearance: Active Secret');
    expect(shown.join(' ')).toContain('US Citizen');
  });

  it('reads the pay, work modes, employment types and travel a resume asks for, and keeps what the user wrote where it says nothing', async () => {
    // Each field stayed as the user left it before, whatever the resume said.
    await mount();
    await type('#travel-limit', '40');
    await type(
      '#resume-text',
      'Sam Lee\nPortland, OR\nOpen to remote or hybrid roles. Desired salary: $150K.\nOpen to full-time or contract roles.\nLed remote teams of 12 engineers.',
    );
    await click(button('Read resume into the form'));
    expect($<HTMLInputElement>('#pay').value).toBe('150000');
    const ticked = [...page.root.querySelectorAll<HTMLInputElement>('input[name="work-modes"]')]
      .filter((box) => box.checked)
      .map((box) => box.value);
    expect(ticked).toEqual(['remote', 'hybrid']);
    const types = [...page.root.querySelectorAll<HTMLInputElement>('input[name="employment-types"]')]
      .filter((box) => box.checked)
      .map((box) => box.value);
    expect(types).toEqual(['full-time', 'contract']);
    expect($<HTMLInputElement>('#travel-limit').value).toBe('40');
    const shown = [...page.root.querySelectorAll('.evidence')].map((node) => node.textContent).join(' ');
    expect(shown).toContain('Open to remote or hybrid roles');
    expect(shown).toContain('Open to full-time or contract roles.');
  });

  it('exports the profile file the CLI reads and imports one back', async () => {
    const {download} = await mount(memoryArea({[PROFILE_KEY]: stored}));
    await click(button('Export as JSON'));
    const [name, text] = download.mock.calls[0] as [string, string];
    expect(name).toBe('tpm-lens-profile.json');
    expect(parseProfileValue(JSON.parse(text))).toEqual({ok: true, profile: stored, migratedFrom: null});

    const input = $<HTMLInputElement>('input[type="file"]');
    const choose = async (content: string) => {
      Object.defineProperty(input, 'files', {
        configurable: true,
        value: [new File([content], 'mine.json', {type: 'application/json'})],
      });
      await act(() => void input.dispatchEvent(new Event('change', {bubbles: true})));
      await settle();
    };
    await choose('{"yearsExperience": 12, "degree": "doctorate"}');
    expect($<HTMLInputElement>('#years').value).toBe('12');
    expect($('[data-testid="profile-status"]').textContent).toContain('Read mine.json');
    await choose('{"yearsExperience": "many"');
    expect($('[data-testid="profile-status"]').textContent).toContain('is not a JSON file');
    expect($<HTMLInputElement>('#years').value).toBe('12');
    await choose('{"checklist": ["juggling"]}');
    expect($('[data-testid="profile-status"]').textContent).toContain('not a usable profile (checklist.0');
  });
});

describe.skipIf(!haveRealPostings)('options page: draft checker tab', () => {
  const posting = realPostings().find(
    (candidate) => /technical program manager/i.test(candidate.title) && !candidate.salaryText,
  )!;
  const draft = `${posting.title}\n${posting.description}`;

  it('updates as the listing is typed and lists what a real listing misses', async () => {
    const {copyText} = await mount();
    await click(button('Listing draft checker'));
    expect(location.hash).toBe('#draft');
    expect($('[data-testid="draft-empty"]')).toBeTruthy();
    await type('#draft-text', draft);
    const expected = analyzeDraft({text: draft});
    expect($('[data-testid="draft-completeness"] .score').textContent).toBe(
      String(expected.analysis.completeness.score),
    );
    expect($('[data-testid="draft-title-value"]').textContent).toBe(`${posting.title} (detected)`);
    const missing = [...page.root.querySelectorAll('[data-testid="draft-missing"] li')].map((item) =>
      item.getAttribute('data-id'),
    );
    expect(missing).toEqual(expected.analysis.completeness.missing);
    expect(missing).toContain('pay-range');
    expect($('[data-testid="draft-pay-value"]').textContent).toBe('missing');
    // Each present item quotes its first sentence with the words that show it marked.
    const present = expected.analysis.checklist.filter((item) => item.present && item.evidence.length > 0);
    expect(present.length).toBeGreaterThan(5);
    for (const item of present) {
      const shown = $(`[data-testid="draft-present"] li[data-id="${item.id}"] mark`)?.textContent ?? null;
      const at = item.shownAt?.[0];
      expect(shown, item.id).toBe(at ? item.evidence[0]!.slice(...at) : null);
    }

    // Adding a pay line clears the pay-range item at once.
    await type('#draft-pay', '$150,000 - $190,000 a year');
    expect(
      [...page.root.querySelectorAll('[data-testid="draft-missing"] li')].map((item) => item.getAttribute('data-id')),
    ).not.toContain('pay-range');

    await type('#jsonld-text', JSON.stringify({'@type': 'JobPosting', title: posting.title, datePosted: '2026-13-01'}));
    const findings = $('[data-testid="jsonld-findings"]').textContent ?? '';
    expect(findings).toContain('required, missing: description');
    expect(findings).toContain('required, malformed: datePosted');
    // Its title is the listing's: nothing differs. Another title is named, and goes into the report.
    expect($('[data-testid="jsonld-differences"]').textContent).toContain('agrees with the listing');
    await type('#jsonld-text', JSON.stringify({'@type': 'JobPosting', title: 'Warehouse Associate'}));
    expect($('[data-testid="jsonld-differences"]').textContent).toContain(
      'differs: title The JSON-LD title "Warehouse Associate" is not the listing\'s title',
    );

    await click(button('Copy report as Markdown'));
    const markdown = (copyText.mock.calls[0] as unknown as [string])[0];
    expect(markdown).toContain('- **Pay range:** stated');
    expect(markdown).toContain('- `title`: The JSON-LD title "Warehouse Associate"');
    expect(page.root.textContent).toContain('Copied the report as Markdown.');
  });

  it('shows the report to copy by hand when the clipboard refuses', async () => {
    history.replaceState(null, '', '#draft');
    const copyText = vi.fn(async () => {
      throw new Error('Document is not focused');
    });
    render(
      <OptionsApp
        store={createProfileStore({sync: memoryArea(), local: memoryArea()})}
        download={vi.fn()}
        copyText={copyText}
      />,
      page.root,
    );
    await settle();
    await type('#draft-text', draft);
    await click(button('Copy report as Markdown'));
    expect(page.root.textContent).toContain('Could not copy (Document is not focused)');
    expect($<HTMLTextAreaElement>('[data-testid="draft-markdown"]').value).toContain('# Listing check: ');
  });

  it('says so when the JSON-LD cannot be read', async () => {
    history.replaceState(null, '', '#draft');
    await mount();
    await type('#jsonld-text', '{"@type": ');
    expect(page.root.querySelector('[role="alert"]')?.textContent).toContain('not valid JSON');
  });
});

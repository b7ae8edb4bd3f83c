// What the readers remember of sentences lasts while the same posting is read again, and no longer.
import {expect, it} from 'vitest';
import {analyze, analyzeMany} from '../../../src/core/analyze';
import {analyzeDraft} from '../../../src/core/draft';
import {rememberedBy} from '../../../src/core/memo';
import type {Posting} from '../../../src/core/types';

// SYNTHETIC postings: only their ids and addresses matter here.
const posting = (key: {id?: string; url?: string}): Posting => ({
  ...key,
  title: 'Technical Program Manager',
  company: 'X',
  location: 'Austin, TX',
  salaryText: '',
  description: 'Lead cloud migration programs with engineering teams.\n5+ years of experience.',
});

it('forgets when another posting is analysed, and keeps memory for the same posting, a draft or a posting without id', () => {
  // A memory forgetStrings() empties, as the readers' are: whether it still holds 'probe' tells whether analyze forgot.
  let computed = 0;
  const probe = rememberedBy(() => ++computed);
  const forgotAfter = (analyse: () => unknown) => {
    probe('probe');
    const before = computed;
    analyse();
    probe('probe');
    return computed > before;
  };
  analyze(posting({id: 'a'}));
  expect(forgotAfter(() => analyze(posting({id: 'a'})))).toBe(false);
  expect(forgotAfter(() => analyze(posting({id: 'b'})))).toBe(true);
  // The address stands in for an id.
  expect(forgotAfter(() => analyze(posting({url: 'https://jobs.example.com/1'})))).toBe(true);
  expect(forgotAfter(() => analyze(posting({url: 'https://jobs.example.com/1'})))).toBe(false);
  // A batch holding the posting analysed last keeps memory; one that does not forgets.
  expect(forgotAfter(() => analyzeMany([posting({id: 'c'}), posting({url: 'https://jobs.example.com/1'})]))).toBe(
    false,
  );
  expect(forgotAfter(() => analyzeMany([posting({id: 'd'}), posting({id: 'e'})]))).toBe(true);
  // Nothing to tell it by: it may be the same posting again.
  expect(forgotAfter(() => analyze(posting({})))).toBe(false);
  expect(forgotAfter(() => analyze(posting({})))).toBe(false);
  // The draft checker re-reads its draft after every keystroke.
  analyzeDraft({text: 'Technical Program Manager\nLead cloud migrations.'});
  expect(forgotAfter(() => analyzeDraft({text: 'Technical Program Manager\nLead cloud migrations. P'}))).toBe(false);
  expect(forgotAfter(() => analyze(posting({id: 'f'})))).toBe(true);
});

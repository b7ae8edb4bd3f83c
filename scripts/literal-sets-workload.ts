// What the literal-set table's writer and its test run so that every vocabulary source is asked about: one
// analysis (it builds the scan over every vocabulary, the detector's included) and one card.
import {analyze} from '../src/core/analyze';
import {analyzeCard} from '../src/core/card';

export function askEveryVocabulary(): void {
  const posting = {
    title: 'Senior Technical Program Manager',
    company: 'Example',
    location: 'Seattle, WA',
    salaryText: '$150,000 - $190,000 a year',
    description:
      'Plan and track cloud infrastructure programs with engineering teams.\n5+ years of experience. Bachelor degree in Computer Science. PMP preferred.',
  };
  analyze(posting);
  analyzeCard(posting);
}

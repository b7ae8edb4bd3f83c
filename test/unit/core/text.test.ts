import {describe, expect, it} from 'vitest';
import {splitGluedLine} from '../../../src/core/glued-lines';
import {htmlToText} from '../../../src/core/html-text';
import {splitSentences} from '../../../src/core/text';

describe('splitSentences on bullets a job board glued together', () => {
  it('splits where one bullet runs into the next', () => {
    expect(splitSentences('Manage competing prioritiesEducates the team on the process')).toEqual([
      'Manage competing priorities',
      'Educates the team on the process',
    ]);
    expect(
      splitSentences("Bachelor's degree requiredProject Management Certification required7+ years relevant experience"),
    ).toEqual([
      "Bachelor's degree required",
      'Project Management Certification required',
      '7+ years relevant experience',
    ]);
    expect(splitSentences('The role is based in our Boston office.What You Need')).toEqual([
      'The role is based in our Boston office.',
      'What You Need',
    ]);
    expect(splitSentences('QualificationsBachelor of Science; DescriptionThe role')).toEqual([
      'Qualifications',
      'Bachelor of Science; Description',
      'The role',
    ]);
  });

  it('keeps camel-case names whole, also when glued to the next bullet', () => {
    const line =
      'Experience with JavaScript, TypeScript, PowerPoint, GitHub, DevOps, LinkedIn, YouTube, McKinsey, iOS and macOS';
    expect(splitGluedLine(line)).toEqual([line]);
    expect(splitGluedLine('Skilled in PowerPointExperience with ServiceNow')).toEqual([
      'Skilled in PowerPoint',
      'Experience with ServiceNow',
    ]);
    expect(splitGluedLine('Uses an iPhone and eBay daily')).toEqual(['Uses an iPhone and eBay daily']);
  });

  it('splits bullets written inside one line', () => {
    expect(splitSentences('Skills: \u2022 SQL \u2022 Python \u2022 leading teams')).toEqual([
      'Skills:',
      'SQL',
      'Python',
      'leading teams',
    ]);
  });

  it('returns every character of ordinary prose lines in order', () => {
    const text = 'Plan the work. Work the plan.\nReport status weekly';
    expect(splitSentences(text).join(' ')).toBe('Plan the work. Work the plan. Report status weekly');
  });
});

describe('htmlToText', () => {
  it('leaves no indentation at the start or end of lines', () => {
    const text = htmlToText(
      '<div>\n    <p>  Lead the team  </p>\n    <ul>\n      <li>  Plan releases</li>\n    </ul>\n</div>',
    );
    expect(text.split('\n').filter(Boolean)).toEqual(['Lead the team', 'Plan releases']);
    for (const line of text.split('\n')) expect(line).toBe(line.trim());
  });
});

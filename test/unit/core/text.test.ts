import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {ITEM_JOIN, splitGluedLine, splitSpaceGluedItems} from '../../../src/core/glued-lines';
import {matchesOf} from '../../../src/core/matches';
import {htmlToText} from '../../../src/core/html-text';
import {forgetStrings} from '../../../src/core/memo';
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
    // After an acronym or a shout (SYNTHETIC; one sentence before), not inside "ASP.Net" or "U.S.Army".
    expect(splitSentences('We are seeking a TPM.Requirements: 5+ years')).toEqual([
      'We are seeking a TPM.',
      'Requirements: 5+ years',
    ]);
    expect(splitSentences('APPLY TODAY!Essential Functions: prospect leads')).toEqual([
      'APPLY TODAY!',
      'Essential Functions: prospect leads',
    ]);
    expect(splitSentences('Experience with ASP.Net, after the U.S.Army')).toEqual([
      'Experience with ASP.Net, after the U.S.Army',
    ]);
    // Two letters before the mark, or an acronym of two to five capitals standing alone: not one of six
    // ("GOOGLE.Careers") nor a single letter ("a.Big"); a closing bracket ends a sentence too.
    expect(splitSentences('Our cloud (AWS)Operations team; plan SAFE.Teams of ten; GOOGLE.Careers; a.Big')).toEqual([
      'Our cloud (AWS)',
      'Operations team; plan SAFE.',
      'Teams of ten; GOOGLE.Careers; a.Big',
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

  it('cuts joined words and glued full stops found by the same scan, next to each other too', () => {
    expect(splitGluedLine('Own the roadmap across teamsLead the reviews.What you need')).toEqual([
      'Own the roadmap across teams',
      'Lead the reviews.',
      'What you need',
    ]);
    expect(splitGluedLine('a TPM.Requirements: prioritiesEducates')).toEqual([
      'a TPM.',
      'Requirements: priorities',
      'Educates',
    ]);
    expect(splitGluedLine('Strong communication skills)Leads programsEnd.Xy')).toEqual([
      'Strong communication skills)',
      'Leads programs',
      'End.',
      'Xy',
    ]);
    expect(splitGluedLine('ASP.Net and U.S.Army stay whole')).toEqual(['ASP.Net and U.S.Army stay whole']);
  });

  it('splits bullets written inside one line', () => {
    expect(splitSentences('Skills: \u2022 SQL \u2022 Python \u2022 leading teams')).toEqual([
      'Skills:',
      'SQL',
      'Python',
      'leading teams',
    ]);
    // Glued to the item before (a dev posting's "...is a plus.\u2022 Strong knowledge..."; one sentence before).
    expect(splitSentences('Responsibilities:\u2022 Lead programs\u2022 Manage risks.\u2022 Report status')).toEqual([
      'Responsibilities:',
      'Lead programs',
      'Manage risks.',
      'Report status',
    ]);
    expect(splitSentences('Rated 4.5\u2022out of 5')).toEqual(['Rated 4.5\u2022out of 5']);
  });

  it('splits inline bullets side by side, or after a space the bullet before took, as one search over the line does', () => {
    // The bullet is found first and what stands before it looked at after: a space already taken by the match
    // before is no bullet's opening space, and a bullet at the line's start has none.
    expect(splitSentences('Skills: x \u2022 \u2022 SQL and more')).toEqual(['Skills: x', 'SQL and more']);
    expect(splitSentences('x \u2022  \u2022 y')).toEqual(['x', 'y']);
    expect(splitSentences('- \u2022 Lead')).toEqual(['-', 'Lead']);
    expect(splitSentences('Needs:\u2022\u2022 Python \u2022\tGo')).toEqual(['Needs:\u2022\u2022 Python', 'Go']);
    expect(splitSentences('\u2022 Lead \u2022')).toEqual(['Lead \u2022']);
    expect(splitSentences('Programs.*   Lead teams')).toEqual(['Programs.', 'Lead teams']);
    expect(splitSentences('a.*\nB')).toEqual(['a.*', 'B']);
  });

  it('collapses whitespace and splits inline bullets whether the text is plain ASCII or not', () => {
    // A plain text's lines are searched for these only when the whole text holds a double space, a tab, a vertical
    // tab or a form feed, or an asterisk; a text with a character outside ASCII always.
    expect(splitSentences('Plan releases\nLead the  team')).toEqual(['Plan releases', 'Lead the team']);
    expect(splitSentences('- Plan releases\n-  Lead  the team')).toEqual(['Plan releases', 'Lead the team']);
    expect(splitSentences('Plan releases  \nLead the team')).toEqual(['Plan releases', 'Lead the team']);
    expect(splitSentences('Plan\treleases\nLead\fthe\vteam ')).toEqual(['Plan releases', 'Lead the team']);
    // Runs of spaces of any length, in a text with only spaces and in one with a tab elsewhere.
    expect(splitSentences('   Plan    releases   \nLead   the  team')).toEqual(['Plan releases', 'Lead the team']);
    expect(splitSentences('Plan    releases \nLead\tthe  team')).toEqual(['Plan releases', 'Lead the team']);
    expect(splitSentences('Lead\u00a0\u00a0the \u201cteam\u201d\nSkills:* SQL')).toEqual([
      'Lead the "team"',
      'Skills:',
      'SQL',
    ]);
    expect(splitSentences('Plain text, no asterisk\nDrive launches \u2022 Track risks')).toEqual([
      'Plain text, no asterisk',
      'Drive launches',
      'Track risks',
    ]);
    expect(splitSentences('Skills:* SQL\nTools* see below')).toEqual(['Skills:', 'SQL', 'Tools* see below']);
  });

  it("splits a Markdown list's asterisks glued to the item before, and leaves other asterisks", () => {
    // In the form of 5 dev postings (LinkedIn text, its lists flattened); each such line was one "sentence" of up
    // to 800 characters, shown whole as the evidence of a dozen checklist items.
    expect(
      splitSentences(
        'Responsibilities include:* Drive the program roadmap* Define program plans.* Monitor progress (weekly)* Report status',
      ),
    ).toEqual([
      'Responsibilities include:',
      'Drive the program roadmap',
      'Define program plans.',
      'Monitor progress (weekly)',
      'Report status',
    ]);
    for (const line of [
      'The estimate is 2 * 3 Weeks of work',
      'Salary* see the note below',
      'Bonus eligible*',
      'Paid time off *Subject to approval',
    ])
      expect(splitSentences(line)).toEqual([line]);
  });

  it('splits a long line whose middle dots, spaced asterisks or dashes mark a flattened list', () => {
    // In the form of dev and unseen postings (LinkedIn, Indeed and Dice text, their lists flattened): 44 dev
    // "sentences" were over 450 characters, and a checklist item matched across two items ("communicating via
    // Slack.- Partner with Account Executives" read as presenting to executives).
    const duties = [
      'Analyze the needs of each client and recommend the policies that fit them',
      'Conduct outside sales activities to generate leads and meet with potential clients',
      'Provide exceptional customer service by answering inquiries and resolving issues',
    ];
    expect(splitSentences(`Duties: - ${duties.join(' - ')}`)).toEqual(['Duties:', ...duties]);
    const requirements = [
      'BS degree in Civil Engineering, Construction Management or a related field.',
      'Minimum of ten (10) years of heavy civil experience in private or public environments.',
      'Knowledge of heavy civil construction practices.',
    ];
    expect(splitSentences(`Requirements: · ${requirements.join('· ')}`)).toEqual(['Requirements:', ...requirements]);
    expect(splitSentences(`You will: * ${duties.join(' * ')}`)).toEqual(['You will:', ...duties]);
    // Glued to the item after (a dev posting's "Contract Job Description: -Leads multiple teams...").
    expect(splitSentences(`Duties: -${duties.join('. -')}.`)).toEqual(['Duties:', ...duties.map((duty) => `${duty}.`)]);
    // Glued to the item before, a count after the first ("Qualifications:- 3+ years").
    expect(
      splitSentences(
        'Qualifications:- 3+ years of professional experience in software development.- Proficiency in modern programming languages and frameworks.- Experience with relational databases.',
      ),
    ).toEqual([
      'Qualifications:',
      '3+ years of professional experience in software development.',
      'Proficiency in modern programming languages and frameworks.',
      'Experience with relational databases.',
    ]);
    for (const line of [
      // A header's facts, short.
      'Seattle, WA · Hybrid · Full-time · Mid-Senior level',
      // Dashes that set words apart, fewer than three; a range; a product; middle dots before small letters.
      'Our mission - Help every team ship - is simple, and we have kept to it for ten years across four continents and two hundred customers, large and small.',
      'We hire people aged 18 - 65 in every office, and teams of 10 - 20 engineers each, who plan and ship releases every two weeks for customers in forty countries.',
      'The estimate is 2 * 3 Weeks of work for each of the teams, and 4 * 5 Weeks for the platform group, which owns the shared services every product depends on.',
      'Rated 4.5 · out of 5 by our employees · and 4.8 · out of 5 by our customers, who use our tools every day to plan and track the work of their teams.',
    ])
      expect(splitSentences(line)).toEqual([line]);
  });

  it('returns every character of ordinary prose lines in order', () => {
    const text = 'Plan the work. Work the plan.\nReport status weekly';
    expect(splitSentences(text).join(' ')).toBe('Plan the work. Work the plan. Report status weekly');
  });
});

describe('list items a careers site joined with plain spaces', () => {
  it('splits each duty and requirement into its own sentence', () => {
    expect(
      splitSentences(
        'Be a technical manager engaging in discussions about OS optimization across the full OS software stack Build a collaborative and respectful team environment, focused on delivering outcomes Lead and mentor a team of engineers and be an effective people manager',
      ),
    ).toEqual([
      'Be a technical manager engaging in discussions about OS optimization across the full OS software stack',
      'Build a collaborative and respectful team environment, focused on delivering outcomes',
      'Lead and mentor a team of engineers and be an effective people manager',
    ]);
    expect(
      splitSpaceGluedItems(
        'MS or BS in Computer Science or Electrical/Electronics Engineering or equivalent 5+ years experience in developing and shipping OS components 2+ years of experience in directly managing and leading teams Experience working with system performance and observability solutions',
      ),
    ).toEqual([
      'MS or BS in Computer Science or Electrical/Electronics Engineering or equivalent',
      '5+ years experience in developing and shipping OS components',
      '2+ years of experience in directly managing and leading teams',
      'Experience working with system performance and observability solutions',
    ]);
  });

  it('splits labelled items, and a list after a colon', () => {
    expect(
      splitSpaceGluedItems(
        'Leadership: Lead and motivate cross-functional teams in a dynamic environment Analytical Skills: Experience with risk assessment, resource optimization, and data-driven decision making',
      ),
    ).toEqual([
      'Leadership: Lead and motivate cross-functional teams in a dynamic environment',
      'Analytical Skills: Experience with risk assessment, resource optimization, and data-driven decision making',
    ]);
    expect(
      splitSpaceGluedItems(
        'Our managers contribute in a variety of ways, including: Engagement Management: manage engagement risk and project economics',
      ),
    ).toEqual([
      'Our managers contribute in a variety of ways, including:',
      'Engagement Management: manage engagement risk and project economics',
    ]);
  });

  it('reads a label only where a colon follows it, wherever the colons stand in the line', () => {
    // The colons are found by a search that resumes along the line: labels before, between and after them.
    const line =
      'Leadership: Lead and motivate cross-functional teams in a dynamic environment Analytical Skills Experience ' +
      'with risk assessment and resource optimization Tools: Jira and Confluence for planning the work Key Risks: none';
    expect(splitSpaceGluedItems(line)).toEqual([
      'Leadership: Lead and motivate cross-functional teams in a dynamic environment Analytical Skills Experience with risk assessment and resource optimization',
      'Tools: Jira and Confluence for planning the work Key Risks: none',
    ]);
    const noColon =
      'Lead and motivate cross-functional teams in a dynamic environment Analytical Skills Experience with risk';
    expect(splitSpaceGluedItems(noColon)).toEqual([noColon]);
  });

  it('cuts a section heading a flattened page glued to its first item, short as the heading is', () => {
    // The saved Workday page's JSON-LD description, and a dev posting's: the heading led the evidence before.
    expect(
      splitSpaceGluedItems(
        "Responsibilities Define and articulate Autodesk's strategic vision, direction and goals for 3D content creation",
      ),
    ).toEqual([
      'Responsibilities',
      "Define and articulate Autodesk's strategic vision, direction and goals for 3D content creation",
    ]);
    expect(
      splitSpaceGluedItems('Requirements BS or MS in Biology, Molecular Biology, Biochemistry or a related field.'),
    ).toEqual(['Requirements', 'BS or MS in Biology, Molecular Biology, Biochemistry or a related field.']);
    // The heading's own sentence goes on: left whole.
    const goesOn =
      'Responsibilities Include: Commission, troubleshoot, and maintain standard and custom gas delivery equipment';
    expect(splitSpaceGluedItems(goesOn)).toEqual([goesOn]);
  });

  it('keeps names, counts after small words and ordinary sentences whole', () => {
    for (const line of [
      'Experience working with Android OS Platform or similar OS frameworks and using Agile methodology to deliver Python and Java services with Customer Experience teams',
      'We deploy Kubernetes clusters and leverage Python to build tools for the Product Design team and our Customer Experience organization every day',
      'You bring at least 5 years of experience with over 3 years in a program management role at a software company',
    ])
      expect(splitSpaceGluedItems(line)).toEqual([line]);
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

describe('splitSpaceGluedItems tries ITEM_JOIN only where it can end', () => {
  // The same pieces as running ITEM_JOIN's global scan over the whole line (how it was read before); of
  // the joining words, only these few occur in the generated lines ("within" where "with" meets "in" without a gap).
  const byGlobalScan = (line: string): string[] => {
    const pieces: string[] = [];
    let start = 0;
    for (const match of matchesOf(ITEM_JOIN, line)) {
      if (match[1] && !match[2] && /^(?:and|of|with|in|the|at|within)$/i.test(match[1])) continue;
      if (match[1] && /^[A-Z]/.test(match[1]) && !match[2] && !match[3]) continue;
      const cut = match.index + match[0].length;
      if (cut - start < 25 || line.length - cut < 25) continue;
      pieces.push(line.slice(start, cut).trim());
      start = cut;
    }
    pieces.push(line.slice(start).trim());
    return pieces;
  };
  const words = [
    ...['Lead', 'lead', 'Build', 'Ensure', 'Experience', 'Highly', 'Analytical', 'Hands-on', "Bachelor's", 'Master'],
    ...['degree', 'of', 'in', 'with', 'and', 'the', 'at', 'Skills:', 'Customer', 'AWS', 'Python', 'teams', 'risk'],
    ...['5+', '8', 'years', 'yrs', '3-5', '50%', ')', '(', 'x)', ':', 'a:', "don't", 'e.g.', 'co-op', 'MBA', ','],
    // Labels of several words, with the characters a label's words may hold.
    ...['R&D', 'A/B', 'Tools/Platforms:', 'Go-to-market', 'Data_Ops', 'Key Skills:', 'Nice To Have:', 'É'],
  ];
  const line = fc
    .array(
      fc.tuple(
        fc.constantFrom(...words),
        fc.constantFrom(' ', ' ', '  ', '', ', ', ': ', ':', '\u00a0', '\t', '\u2003', '\ufeff'),
      ),
      {
        minLength: 1,
        maxLength: 40,
      },
    )
    .map((parts) => parts.map(([word, gap]) => word + gap).join(''));

  it('cuts where the global scan cuts, on random lines of item starts, names, counts and labels', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(splitSpaceGluedItems(text)).toEqual(byGlobalScan(text));
      }),
      {numRuns: 4000},
    );
    // The line a random run found (seed 598817262): the reference did not know "within" before.
    const within = 'Lead Lead Lead Lead within Go-to-market Lead Lead: Lead ';
    expect(splitSpaceGluedItems(within)).toEqual(byGlobalScan(within));
  });
});

describe("splitSentences reuses the last text's unchanged lines", () => {
  // A draft re-read after each edit: the lines before and after an edit are taken from the last reading, by
  // position. Whatever the edit, the sentences must be those of a first reading of the new text.
  const fresh = (text: string) => {
    forgetStrings();
    return splitSentences(text);
  };
  const lines = fc.array(
    fc.constantFrom(
      '- Lead programs across teams',
      'Manage risks. Report status to leaders.',
      '',
      'Requirements:',
      '5+ years of experience',
      'Lead programs across teams',
    ),
    {maxLength: 8},
  );

  it('gives after any insertion, removal or change of lines what a first reading gives', () => {
    fc.assert(
      fc.property(lines, lines, (before, after) => {
        splitSentences(before.join('\n'));
        const reused = splitSentences(after.join('\n'));
        expect(reused).toEqual(fresh(after.join('\n')));
      }),
      {numRuns: 300},
    );
  });
});

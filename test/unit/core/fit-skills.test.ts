import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {skillsNamed} from '../../../src/core/fit-skills';
import {emptyProfile} from '../../../src/core/profile';
import {splitSentences} from '../../../src/core/text';

// SYNTHETIC text, in the words postings use for tools.
const named = (text: string, skills: string[]) => skillsNamed(skills, splitSentences(text))?.named;

describe("the profile's key skills the posting names", () => {
  it('finds each as a word of its own, in any case, in the profile order and spelling', () => {
    const text = 'Experience with JIRA, Confluence and sql. Node.js and .NET services on Google  Cloud Platform.';
    expect(named(text, ['SQL', 'Jira', 'Python', 'Google Cloud Platform', '.NET', 'Node.js', 'Node'])).toEqual([
      'SQL',
      'Jira',
      'Google Cloud Platform',
      '.NET',
      'Node.js',
    ]);
    expect(skillsNamed(['Jira', 'Python'], splitSentences('Track work in Jira.'))?.text).toBe(
      'Your skills it names: Jira (1 of 2).',
    );
  });

  it('never finds a skill inside another word or name', () => {
    expect(named('Good C++ and C# skills; R&D with C-suite leaders.', ['Go', 'C', 'R'])).toEqual([]);
    expect(named('C and R for analysis.', ['C', 'R'])).toEqual(['C', 'R']);
  });

  it('takes everyday words for a tool only where written as a name is', () => {
    const text = 'We go live in May; you excel at planning with project teams. Go services, Excel, Microsoft Teams.';
    expect(named(text, ['Go', 'Excel', 'Teams', 'Project'])).toEqual(['Go', 'Excel', 'Teams']);
    expect(named('We go live and you excel at it.', ['go', 'excel'])).toEqual([]);
  });

  it('takes a capitalised everyday word for the tool only where it stands as tools are named', () => {
    const skills = ['Project', 'Access', 'Teams', 'Monday', 'R', 'D', 'Go', 'Excel'];
    // A schedule, a sentence's start, a name in title case, a letter among slashes (each a skill before).
    const none = [
      'Schedule: Monday to Friday, 8:00 am - 5:00 pm.',
      'Start date is Monday, September 14.',
      'Access to subsidized care for your children.',
      'Project management experience required.',
      'Lead Installers, Project Managers and Service Technicians.',
      'Join our Regional Design Teams.',
      "Our office is on Sacramento's R Street corridor.",
      'We are an EEO employer M/F/D/V.',
      'Go above and beyond for customers.',
    ];
    for (const sentence of none) expect(named(sentence, skills), sentence).toEqual([]);
    // Lists of tools, a maker's name, what is said of tools after the name.
    expect(named('Proficient in Excel, Word and MS Project.', skills)).toEqual(['Project', 'Excel']);
    expect(named('Experience with MS Access and Microsoft Teams.', skills)).toEqual(['Access', 'Teams']);
    expect(named('Programming in Python, R or Go.', skills)).toEqual(['R', 'Go']);
    expect(named('Strong Excel skills.', skills)).toEqual(['Excel']);
  });

  it('names a skill the posting writes in another of its usual spellings (each unnamed before; SYNTHETIC text)', () => {
    const skills = ['Kubernetes', 'CI/CD', 'C++', 'Node.js', 'Power BI', 'GCP', 'Go', 'AWS', 'SQL', 'R'];
    const text =
      "Run k8s clusters and CI / CD pipelines. Strong C++17. NodeJS services, PowerBI dashboards on Google Cloud Platform. Golang a plus. Amazon Web Services. MySQL. Let's go to market with R&D.";
    expect(named(text, skills)).toEqual(['Kubernetes', 'CI/CD', 'C++', 'Node.js', 'Power BI', 'GCP', 'Go', 'AWS']);
    // The profile's own spelling is its own: two skills that are one tool are named as the posting writes them.
    expect(named('Deploy on Kubernetes.', ['k8s', 'Kubernetes'])).toEqual(['Kubernetes']);
    expect(named('Deploy on k8s.', ['k8s', 'Kubernetes'])).toEqual(['k8s']);
  });

  it('counts a skill written twice once, and says when none is named', () => {
    const found = skillsNamed(['SQL', 'sql', 'Tableau'], splitSentences('Write SQL.'));
    expect(found).toEqual({named: ['SQL'], text: 'Your skills it names: SQL (1 of 2).'});
    expect(skillsNamed(['Tableau'], splitSentences('Write SQL.'))?.text).toBe('It does not name your key skill.');
    expect(skillsNamed(['Tableau', 'Looker'], splitSentences('Write SQL.'))?.text).toBe(
      'It names none of your 2 key skills.',
    );
    expect(skillsNamed([], splitSentences('Write SQL.'))).toBeNull();
  });

  it('joins the fit of an analysis (title included) and leaves the score alone', () => {
    const posting = {
      title: 'Technical Program Manager, Kubernetes',
      company: 'Example',
      location: 'Austin, TX',
      salaryText: '',
      description: '5+ years of experience managing technical programs. Track work in Jira.',
    };
    const profile = {...emptyProfile(), yearsExperience: 6};
    const withSkills = analyze(posting, {profile: {...profile, skills: ['Kubernetes', 'Jira', 'Terraform']}}).fit!;
    expect(withSkills.skills?.named).toEqual(['Kubernetes', 'Jira']);
    expect(withSkills.score).toBe(analyze(posting, {profile}).fit!.score);
    expect(analyze(posting, {profile}).fit!.skills).toBeUndefined();
  });
});

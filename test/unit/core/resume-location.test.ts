// Issue 13 item 11: the resume reader drafted a location longer than the profile holds (200 characters),
// so the draft could never be saved as read.
import {describe, expect, it} from 'vitest';
import {MAX_LOCATION_CHARS} from '../../../src/core/profile';
import {profileFromResume} from '../../../src/core/resume';
import {parseProfileValue} from '../../../src/core/profile-schema';

const resume = (header: string) =>
  `${header}\n\nEXPERIENCE\nTechnical Program Manager, 2015 - Present\nLed cross-functional programs.\n`;

describe('the location the resume reader drafts', () => {
  it.each([
    ['one endless word', `Jane Doe, ${'A'}${'b'.repeat(400)}, TX`],
    ['four long words', `${Array.from({length: 4}, () => `A${'b'.repeat(120)}`).join(' ')}, CA`],
    ['a dotted run', `${'A.'.repeat(300)}, NY`],
  ])('%s: never longer than a profile holds, and the draft validates', (_name, header) => {
    const draft = profileFromResume(resume(header));
    expect((draft.profile.location ?? '').length).toBeLessThanOrEqual(MAX_LOCATION_CHARS);
    expect(parseProfileValue(draft.profile).ok).toBe(true);
  });

  it('an ordinary header still gives its place', () => {
    expect(profileFromResume(resume('Jane Doe | jane@example.com | San Francisco, CA')).profile.location).toBe(
      'San Francisco, CA',
    );
  });
});

// The badge's writes in order: CI read a blocked fit's "0" in the score's blue once, when the text was set before the
// colour and an end-to-end check looked between the two.
import {describe, expect, it} from 'vitest';
import {showOnBadge, type BadgeAction} from '../../../src/background/badge';
import {BADGE_COLORS, type AnalysisSummary} from '../../../src/messages/summary';

/** An action API that records each write and settles it a task later, as the browser's do. */
function recordingAction() {
  const calls: string[] = [];
  const later = (call: string) => {
    calls.push(call);
    return new Promise<void>((resolve) => setTimeout(resolve, 0));
  };
  const action: BadgeAction = {
    setBadgeBackgroundColor: ({color}) => later(`color ${color}`),
    setBadgeText: ({text}) => later(`text ${text}`),
    setTitle: ({title}) => later(`title ${title}`),
  };
  return {action, calls};
}

const summary: AnalysisSummary = {
  title: 'Technical Program Manager',
  company: 'Example',
  url: 'https://example.com/job',
  verdict: 'tpm',
  completeness: 80,
  fit: 0,
  blockers: ['posting requires US citizenship; you are not a US citizen'],
  analyzedAt: '2026-12-06T00:00:00.000Z',
};

describe('the toolbar badge', () => {
  it("sets the colour before the text, each write after the last has settled, so no score shows in another's colour", async () => {
    const {action, calls} = recordingAction();
    const shown = showOnBadge(action, 7, summary);
    // Nothing but the colour until the browser has taken it.
    expect(calls).toEqual([`color ${BADGE_COLORS.blocked}`]);
    await shown;
    expect(calls.map((call) => call.split(' ')[0])).toEqual(['color', 'text', 'title']);
    expect(calls[1]).toBe('text 0');
  });

  it('clears the text and title without a colour when there is no summary', async () => {
    const {action, calls} = recordingAction();
    await showOnBadge(action, 7, null);
    expect(calls).toEqual(['text ', 'title TPM Lens']);
  });
});

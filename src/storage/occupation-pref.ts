// The reader's chosen occupation for pay comparisons (an SOC code such as 11-3021), kept in storage.local:
// one choice per user, not per posting (issue 15). Absent or null lets each posting decide by the rules in
// src/core/salary/occupation-choice.ts. Plain checks, no zod: the content script reads it.
import {OCCUPATION_CHOICE_KEY} from './keys';

const SOC = /^\d\d-\d{4}$/;

/** The stored value as an SOC code, or null (automatic) when it is not one. */
export function parseOccupationChoice(value: unknown): string | null {
  return typeof value === 'string' && SOC.test(value) ? value : null;
}

export function createOccupationStore(area: {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}) {
  return {
    load: async (): Promise<string | null> =>
      parseOccupationChoice((await area.get([OCCUPATION_CHOICE_KEY]))[OCCUPATION_CHOICE_KEY]),
    /** null goes back to automatic. */
    save: (soc: string | null) => area.set({[OCCUPATION_CHOICE_KEY]: soc !== null && SOC.test(soc) ? soc : null}),
  };
}

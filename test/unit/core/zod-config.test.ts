// zod runs no string as code (src/core/zod-config.ts): by default it tries `new Function('')` when it makes its
// first object schema and compiles parsers from strings where that works (Node does), which an extension page's
// policy reports as a violation. Every schema module takes zod from src/core/zod.ts or zod-mini.ts (lint).
import {describe, expect, it} from 'vitest';
import {z} from '../../../src/core/zod';
import {z as mini} from '../../../src/core/zod-mini';
import {ChecklistItemSchema} from '../../../src/core/schema';

describe('zod as TPM Lens sets it up', () => {
  it('makes and runs object schemas without the Function constructor', () => {
    const calls: unknown[][] = [];
    const original = globalThis.Function;
    globalThis.Function = new Proxy(original, {
      apply: (target, self, args: unknown[]) => (calls.push(args), Reflect.apply(target, self, args)),
      construct: (target, args: unknown[]) => (calls.push(args), Reflect.construct(target, args)),
    });
    try {
      const full = z.object({title: z.string(), years: z.number().optional()});
      const small = mini.object({title: mini.string()});
      for (let round = 0; round < 3; round++) {
        expect(full.parse({title: 'TPM', years: 5})).toEqual({title: 'TPM', years: 5});
        expect(small.safeParse({title: 7}).success).toBe(false);
        expect(ChecklistItemSchema.safeParse({id: 'x'}).success).toBe(false);
      }
    } finally {
      globalThis.Function = original;
    }
    expect(calls).toEqual([]);
  });
});

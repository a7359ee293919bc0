// The one JSON-text column of ProgressUpdate: the problems it raises (their text, kind and whether
// they block — they become Problem rows only when it is approved). Written and read through one
// codec, so every reader agrees on its shape. (The problems resolved and sub-items done are rows:
// UpdateResolvesProblem, UpdateCompletesItem.)
import { z } from 'zod';
import { PROBLEM_KINDS } from '@/lib/domain/problems';

const problems = z.array(z.object({ kind: z.enum(PROBLEM_KINDS), text: z.string(), blocking: z.boolean() }));

function codec<T>(schema: z.ZodType<T[]>) {
  return {
    /** null for an empty list: nothing stored. */
    encode: (list: T[]): string | null => (list.length ? JSON.stringify(schema.parse(list)) : null),
    decode: (json: string | null): T[] => (json ? schema.parse(JSON.parse(json)) : []),
  };
}

export const problemsColumn = codec(problems.element.array());
export type RaisedProblem = z.infer<typeof problems>[number];

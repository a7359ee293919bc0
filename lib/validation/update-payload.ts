// The three JSON-text columns of ProgressUpdate (problems raised, problems resolved, sub-items
// done), written and read through one codec each, so every reader agrees on their shape.
import { z } from 'zod';
import { PROBLEM_KINDS } from '@/lib/domain/problems';

const problems = z.array(z.object({ kind: z.enum(PROBLEM_KINDS), text: z.string(), blocking: z.boolean() }));
const ids = z.array(z.number().int().positive());

function codec<T>(schema: z.ZodType<T[]>) {
  return {
    /** null for an empty list: nothing stored. */
    encode: (list: T[]): string | null => (list.length ? JSON.stringify(schema.parse(list)) : null),
    decode: (json: string | null): T[] => (json ? schema.parse(JSON.parse(json)) : []),
  };
}

export const problemsColumn = codec(problems.element.array());
export const idsColumn = codec(ids.element.array());
export type RaisedProblem = z.infer<typeof problems>[number];

import rule from '../../rules/no-swallowed-abort.js';
import { typedRuleTester } from '../rule-tester.js';

// An abort test that returns a result made up by a function of the file whose every result is a
// literal (`return emptyEvaluation(fen)`) hands the caller ordinary data for a cancelled operation,
// as `return []` does. A call handed what the work gathered (`partialPage(rows)`) returns a partial
// result the caller can recognise.
typedRuleTester().run('no-swallowed-abort', rule, {
  valid: [
    // The abort returns the rows gathered so far, marked incomplete.
    `interface Page {
  rows: string[];
  complete: boolean;
}
declare function fetchRows(cursor: number, signal: AbortSignal): Promise<string[]>;
function partialPage(rows: string[]): Page {
  return { rows, complete: false };
}
// On abort it hands back what was gathered, marked incomplete: the caller can tell.
export async function collect(signal: AbortSignal): Promise<Page> {
  const rows: string[] = [];
  try {
    for (let cursor = 0; cursor < 10; cursor++) rows.push(...(await fetchRows(cursor, signal)));
    return { rows, complete: true };
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') return partialPage(rows);
    throw err;
  }
}`,
  ],
  invalid: [
    // The abort becomes an empty evaluation the caller takes for a real one.
    {
      code: `interface Evaluation {
  fen: string;
  depth: number;
  bestMove: string | null;
}
declare const engine: { analyse(fen: string, opts: { depth: number; signal: AbortSignal }): Promise<Evaluation> };
function emptyEvaluation(fen: string): Evaluation {
  return { fen, depth: 0, bestMove: null };
}
export async function analyse(fen: string, depth: number, signal: AbortSignal): Promise<Evaluation> {
  try {
    return await engine.analyse(fen, { depth, signal });
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') return emptyEvaluation(fen);
    throw err;
  }
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 13,
          column: 5,
          endLine: 13,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `interface Evaluation {
  fen: string;
  depth: number;
  bestMove: string | null;
}
declare const engine: { analyse(fen: string, opts: { depth: number; signal: AbortSignal }): Promise<Evaluation> };
function emptyEvaluation(fen: string): Evaluation {
  return { fen, depth: 0, bestMove: null };
}
export async function analyse(fen: string, depth: number, signal: AbortSignal): Promise<Evaluation> {
  try {
    return await engine.analyse(fen, { depth, signal });
  } catch (err) {
    signal.throwIfAborted();
    if (err instanceof Error && err.name === 'AbortError') return emptyEvaluation(fen);
    throw err;
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `interface Evaluation {
  fen: string;
  depth: number;
  bestMove: string | null;
}
declare const engine: { analyse(fen: string, opts: { depth: number; signal: AbortSignal }): Promise<Evaluation> };
function emptyEvaluation(fen: string): Evaluation {
  return { fen, depth: 0, bestMove: null };
}
export async function analyse(fen: string, depth: number, signal: AbortSignal): Promise<Evaluation> {
  try {
    return await engine.analyse(fen, { depth, signal });
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    if (err instanceof Error && err.name === 'AbortError') return emptyEvaluation(fen);
    throw err;
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});

// expect: no-leaked-race
// The timeout promise raced against the keypad entry starts a timer that is never cleared, so every solved puzzle leaves a pending timer that keeps the process alive and holds the room state until it fires minutes later.
import { EventEmitter, once } from 'node:events';

export interface KeypadEntry {
  puzzleId: string;
  code: string;
  at: number;
}

export interface PuzzleSpec {
  id: string;
  answer: string;
  timeLimitMs: number;
  hint: string;
}

export class TimeoutError extends Error {
  constructor(readonly puzzleId: string, readonly limitMs: number) {
    super(`puzzle ${puzzleId} not solved within ${Math.round(limitMs / 1000)}s`);
    this.name = 'TimeoutError';
  }
}

export class Keypad extends EventEmitter {
  press(puzzleId: string, code: string): void {
    this.emit('entry', { puzzleId, code, at: Date.now() } satisfies KeypadEntry);
  }
}

async function solved(keypad: Keypad, spec: PuzzleSpec, signal: AbortSignal): Promise<KeypadEntry> {
  for (;;) {
    const [entry] = (await once(keypad, 'entry', { signal })) as [KeypadEntry];
    if (entry.puzzleId === spec.id && entry.code === spec.answer) return entry;
  }
}

export async function runPuzzle(keypad: Keypad, spec: PuzzleSpec): Promise<{ solvedInMs: number }> {
  const started = Date.now();
  const listening = new AbortController();
  const deadline = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new TimeoutError(spec.id, spec.timeLimitMs)), spec.timeLimitMs);
  });
  try {
    const entry = await Promise.race([solved(keypad, spec, listening.signal), deadline]);
    return { solvedInMs: entry.at - started };
  } finally {
    listening.abort();
  }
}

export async function runRoom(keypad: Keypad, puzzles: PuzzleSpec[], showHint: (text: string) => void): Promise<number> {
  let solvedCount = 0;
  for (const spec of puzzles) {
    try {
      const { solvedInMs } = await runPuzzle(keypad, spec);
      solvedCount += 1;
      if (solvedInMs > spec.timeLimitMs * 0.75) showHint(`close call on ${spec.id}!`);
    } catch (err) {
      if (!(err instanceof TimeoutError)) throw err;
      showHint(spec.hint);
      break;
    }
  }
  return solvedCount;
}

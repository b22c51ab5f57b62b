// expect: require-signal-propagation
// The backoff between polls sleeps with a timer that ignores the signal, so after an abort the watcher can sit in a sleep of up to 30 seconds before it notices.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PuzzleSnapshot {
  room: string;
  puzzles: Record<string, 'locked' | 'in-progress' | 'solved'>;
  hintsUsed: number;
  elapsedSeconds: number;
}

export interface WatchOptions {
  intervalMs?: number;
  maxBackoffMs?: number;
  onError?: (err: unknown) => void;
}

function sameSnapshot(a: PuzzleSnapshot | null, b: PuzzleSnapshot): boolean {
  if (!a) return false;
  if (a.hintsUsed !== b.hintsUsed) return false;
  const keys = Object.keys(b.puzzles);
  return keys.length === Object.keys(a.puzzles).length && keys.every((k) => a.puzzles[k] === b.puzzles[k]);
}

export async function watchPuzzleController(
  controllerUrl: string,
  onChange: (snapshot: PuzzleSnapshot) => void,
  signal: AbortSignal,
  { intervalMs = 2000, maxBackoffMs = 30_000, onError }: WatchOptions = {},
): Promise<void> {
  let previous: PuzzleSnapshot | null = null;
  let delay = intervalMs;

  while (!signal.aborted) {
    try {
      const res = await fetch(`${controllerUrl}/state`, { signal, headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`controller responded ${res.status}`);
      const snapshot = (await res.json()) as PuzzleSnapshot;
      if (!sameSnapshot(previous, snapshot)) {
        previous = snapshot;
        onChange(snapshot);
      }
      delay = intervalMs;
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      onError?.(err);
      delay = Math.min(delay * 2, maxBackoffMs);
    }
    await sleep(delay);
  }
}

export function allSolved(snapshot: PuzzleSnapshot): boolean {
  return Object.values(snapshot.puzzles).every((s) => s === 'solved');
}

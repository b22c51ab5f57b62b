// expect: none
// The countdown observes the signal through an abort listener removed in finally, every wait and ignition call receives the signal, and the abort is rethrown.
import { setTimeout as wait } from 'node:timers/promises';

export interface FiringCue {
  cueId: string;
  module: number;
  pin: number;
  offsetMs: number;
}

export interface CountdownOptions {
  signal: AbortSignal;
  countdownSeconds: number;
}

declare const ignition: {
  fire(module: number, pin: number, options: { signal: AbortSignal }): Promise<{ continuity: boolean }>;
  safeAll(): Promise<void>;
};

declare const pa: {
  announce(text: string): void;
};

declare const showLog: {
  write(entry: { cueId: string; firedAt: number; continuity: boolean }): void;
};

export function describeHold(fired: number, total: number): string {
  return `show held after ${fired} of ${total} cues`;
}

export async function runCountdownAndShow(cues: readonly FiringCue[], options: CountdownOptions): Promise<number> {
  const { signal, countdownSeconds } = options;
  signal.throwIfAborted();

  const onAbort = () => {
    pa.announce('Show hold. All crews stand clear of the barge.');
  };
  signal.addEventListener('abort', onAbort, { once: true });

  let fired = 0;
  try {
    for (let s = countdownSeconds; s > 0; s--) {
      if (s <= 10 || s % 10 === 0) {
        pa.announce(`T minus ${s}`);
      }
      await wait(1_000, undefined, { signal });
    }

    const ordered = [...cues].sort((a, b) => a.offsetMs - b.offsetMs);
    const t0 = Date.now();
    for (const cue of ordered) {
      const due = cue.offsetMs - (Date.now() - t0);
      if (due > 0) {
        await wait(due, undefined, { signal });
      }
      const { continuity } = await ignition.fire(cue.module, cue.pin, { signal });
      showLog.write({ cueId: cue.cueId, firedAt: Date.now() - t0, continuity });
      fired++;
    }
    return fired;
  } catch (err) {
    if (signal.aborted) {
      await ignition.safeAll();
      pa.announce(describeHold(fired, cues.length));
    }
    throw err;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

export function showLengthMs(cues: readonly FiringCue[]): number {
  return cues.reduce((max, c) => Math.max(max, c.offsetMs), 0);
}

export function cuesPerModule(cues: readonly FiringCue[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const cue of cues) {
    counts.set(cue.module, (counts.get(cue.module) ?? 0) + 1);
  }
  return counts;
}

// expect: require-signal-propagation
// runCueStack checks its signal between cues but never passes it to winch.moveTo, which accepts one, so a stop request cannot interrupt a batten already in motion.
export interface WinchMove {
  lineset: number;
  trimMm: number;
  speedMmPerSec: number;
}

export interface WinchController {
  moveTo(move: WinchMove, opts?: { signal?: AbortSignal }): Promise<{ positionMm: number }>;
  brake(lineset: number): Promise<void>;
}

export interface FlyCue {
  number: string;
  moves: WinchMove[];
  followOnMs?: number;
}

export interface CueStackOptions {
  signal: AbortSignal;
  onCueComplete?: (cue: FlyCue, positions: number[]) => void;
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export class CueStackRunner {
  constructor(private readonly winches: WinchController) {}

  async runCueStack(cues: FlyCue[], { signal, onCueComplete }: CueStackOptions): Promise<string[]> {
    const completed: string[] = [];
    for (const cue of cues) {
      signal.throwIfAborted();
      const results = await Promise.all(cue.moves.map((move) => this.winches.moveTo(move)));
      onCueComplete?.(cue, results.map((r) => r.positionMm));
      completed.push(cue.number);
      if (cue.followOnMs !== undefined) {
        await wait(cue.followOnMs, signal);
      }
    }
    return completed;
  }

  async emergencyStop(linesets: number[]): Promise<void> {
    await Promise.all(linesets.map((ls) => this.winches.brake(ls)));
  }
}

export function cueDurationSec(cue: FlyCue, currentTrim: Map<number, number>): number {
  let longest = 0;
  for (const move of cue.moves) {
    const from = currentTrim.get(move.lineset) ?? 0;
    longest = Math.max(longest, Math.abs(move.trimMm - from) / move.speedMmPerSec);
  }
  return longest + (cue.followOnMs ?? 0) / 1000;
}

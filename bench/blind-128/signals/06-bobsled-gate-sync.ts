// expect: none
// The race against the deadline clears its timer and removes its abort listener in finally, so neither loser outlives the call whichever side wins.
export interface GateClock {
  gate: number;
  offsetNs: bigint;
  driftPpb: number;
}

export interface TimingHub {
  syncGate(gate: number): Promise<GateClock>;
}

export class GateSyncTimeout extends Error {
  constructor(gate: number, ms: number) {
    super(`gate ${gate} did not answer PTP sync within ${ms}ms`);
    this.name = 'GateSyncTimeout';
  }
}

async function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => Error, signal?: AbortSignal): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const deadline = new Promise<never>((_, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    timer = setTimeout(() => {
      if (signal && onAbort) signal.removeEventListener('abort', onAbort);
      reject(onTimeout());
    }, ms);
    if (signal) {
      onAbort = () => {
        clearTimeout(timer);
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
    if (signal && onAbort) signal.removeEventListener('abort', onAbort);
  }
}

export async function syncTrack(
  hub: TimingHub,
  gates: number[],
  { perGateMs = 750, signal }: { perGateMs?: number; signal?: AbortSignal } = {},
): Promise<GateClock[]> {
  const clocks: GateClock[] = [];
  for (const gate of gates) {
    signal?.throwIfAborted();
    const clock = await withDeadline(hub.syncGate(gate), perGateMs, () => new GateSyncTimeout(gate, perGateMs), signal);
    clocks.push(clock);
  }
  return clocks;
}

export function worstDrift(clocks: GateClock[]): GateClock | undefined {
  let worst: GateClock | undefined;
  for (const c of clocks) {
    if (!worst || Math.abs(c.driftPpb) > Math.abs(worst.driftPpb)) worst = c;
  }
  return worst;
}

export function maxOffsetSpreadUs(clocks: GateClock[]): number {
  if (clocks.length < 2) return 0;
  let min = clocks[0].offsetNs;
  let max = clocks[0].offsetNs;
  for (const c of clocks) {
    if (c.offsetNs < min) min = c.offsetNs;
    if (c.offsetNs > max) max = c.offsetNs;
  }
  return Number(max - min) / 1000;
}

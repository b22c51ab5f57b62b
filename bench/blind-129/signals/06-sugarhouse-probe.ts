// expect: none
// The race between the probe reply, the caller's abort and the deadline clears its timer and removes its abort listener in a finally block, so no loser outlives the call.
import type { EventEmitter } from 'node:events';

export interface HydrometerReading {
  panId: string;
  brix: number;
  tempC: number;
}

export interface ProbeLink extends EventEmitter {
  request(panId: string): void;
}

export class SugarhouseProbe {
  constructor(
    private readonly link: ProbeLink,
    private readonly deadlineMs = 4_000,
  ) {}

  async read(panId: string, signal?: AbortSignal): Promise<HydrometerReading> {
    signal?.throwIfAborted();

    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    let onReading: ((r: HydrometerReading) => void) | undefined;

    const reply = new Promise<HydrometerReading>((resolve) => {
      onReading = (r: HydrometerReading) => {
        if (r.panId === panId) resolve(r);
      };
      this.link.on('reading', onReading);
    });

    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`probe on ${panId} silent for ${this.deadlineMs}ms`)), this.deadlineMs);
    });

    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
    });

    try {
      this.link.request(panId);
      return await Promise.race([reply, deadline, aborted]);
    } finally {
      clearTimeout(timer);
      if (onAbort) signal?.removeEventListener('abort', onAbort);
      if (onReading) this.link.off('reading', onReading);
    }
  }

  async averageBrix(panId: string, samples: number, signal?: AbortSignal): Promise<number> {
    let total = 0;
    for (let i = 0; i < samples; i++) {
      total += (await this.read(panId, signal)).brix;
    }
    return Math.round((total / samples) * 100) / 100;
  }
}

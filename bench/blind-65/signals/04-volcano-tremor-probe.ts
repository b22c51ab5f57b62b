// expect: none
// The race's timer is cancelled in finally through its own controller, and the losing read is aborted through the combined signal.
import { setTimeout as delay } from 'node:timers/promises';

export interface TremorSample {
  stationId: string;
  rsam: number;
  dominantHz: number;
  at: number;
}

export class ProbeTimeoutError extends Error {
  override name = 'ProbeTimeoutError';
  constructor(readonly stationId: string, readonly ms: number) {
    super(`Station ${stationId} did not answer within ${ms}ms`);
  }
}

interface StationLink {
  readTremor(stationId: string, options: { signal: AbortSignal }): Promise<TremorSample>;
}

declare const observatoryLog: { warn(msg: string, data?: Record<string, unknown>): void };

export class TremorProbe {
  constructor(private readonly link: StationLink, private readonly timeoutMs = 4_000) {}

  async sample(stationId: string, signal: AbortSignal): Promise<TremorSample> {
    const local = new AbortController();
    const combined = AbortSignal.any([signal, local.signal]);

    try {
      return await Promise.race([
        this.link.readTremor(stationId, { signal: combined }),
        delay(this.timeoutMs, undefined, { signal: local.signal }).then(() => {
          throw new ProbeTimeoutError(stationId, this.timeoutMs);
        }),
      ]);
    } finally {
      local.abort();
    }
  }

  async sweep(stationIds: string[], signal: AbortSignal): Promise<{ samples: TremorSample[]; silent: string[] }> {
    const samples: TremorSample[] = [];
    const silent: string[] = [];
    for (const stationId of stationIds) {
      try {
        samples.push(await this.sample(stationId, signal));
      } catch (err) {
        if (err instanceof ProbeTimeoutError) {
          observatoryLog.warn('station silent', { stationId, ms: err.ms });
          silent.push(stationId);
          continue;
        }
        throw err;
      }
    }
    return { samples, silent };
  }
}

export function harmonicTremor(samples: TremorSample[], bandHz: [number, number] = [0.5, 5]): TremorSample[] {
  const [low, high] = bandHz;
  return samples.filter((s) => s.dominantHz >= low && s.dominantHz <= high && s.rsam > 300);
}

export function alertLevel(samples: TremorSample[]): 'normal' | 'advisory' | 'watch' {
  const harmonic = harmonicTremor(samples);
  if (harmonic.length >= 3) return 'watch';
  if (harmonic.length > 0 || samples.some((s) => s.rsam > 800)) return 'advisory';
  return 'normal';
}

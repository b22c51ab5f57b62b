// expect: none
// Correct: the signal reaches fetch through a RequestInit built by a helper, and is passed to the backoff timer and events.once as well.
import { once } from 'node:events';
import type { EventEmitter } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface BedSample {
  bedId: string;
  salinityPsu: number;
  chlorophyllUgL: number;
  tideM: number;
}

declare const hubConfig: {
  baseUrl: string;
  token: string;
};

function requestInit(signal: AbortSignal, extraHeaders: Record<string, string> = {}): RequestInit {
  return {
    method: 'GET',
    headers: { authorization: `Token ${hubConfig.token}`, ...extraHeaders },
    signal,
  };
}

async function getJson<T>(path: string, init: RequestInit): Promise<T> {
  const res = await fetch(`${hubConfig.baseUrl}${path}`, init);
  if (!res.ok) throw new Error(`sensor hub ${path} -> HTTP ${res.status}`);
  return (await res.json()) as T;
}

export class BedSampler {
  constructor(private readonly hub: EventEmitter, private readonly retries = 3) {}

  async latest(bedId: string, signal: AbortSignal): Promise<BedSample> {
    const init = requestInit(signal, { 'x-bed': bedId });
    let attempt = 0;
    for (;;) {
      try {
        return await getJson<BedSample>(`/beds/${encodeURIComponent(bedId)}/latest`, init);
      } catch (err) {
        signal.throwIfAborted();
        if (++attempt >= this.retries) throw err;
        await delay(500 * attempt, undefined, { signal });
      }
    }
  }

  async nextPush(bedId: string, signal: AbortSignal): Promise<BedSample> {
    for (;;) {
      const [sample] = (await once(this.hub, 'sample', { signal })) as [BedSample];
      if (sample.bedId === bedId) return sample;
    }
  }

  async sweep(bedIds: string[], signal: AbortSignal): Promise<Map<string, BedSample>> {
    const samples = await Promise.all(bedIds.map((id) => this.latest(id, signal)));
    return new Map(samples.map((s) => [s.bedId, s]));
  }
}

export function bloomRisk(sample: BedSample): 'none' | 'elevated' | 'high' {
  if (sample.chlorophyllUgL > 40) return 'high';
  if (sample.chlorophyllUgL > 15 && sample.salinityPsu > 28) return 'elevated';
  return 'none';
}

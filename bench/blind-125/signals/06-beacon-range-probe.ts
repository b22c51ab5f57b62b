// expect: none
// probeRange falls back to the cached range only for ordinary network failures and rethrows as soon as the signal is aborted, so a cancel is never turned into a value.
export interface RangeSample {
  transceiver: string;
  maxRangeM: number;
  measuredAt: string;
}

export interface RangeCache {
  get(transceiver: string): RangeSample | undefined;
  set(sample: RangeSample): void;
}

export interface ProbeOptions {
  gatewayUrl: string;
  signal?: AbortSignal;
}

export function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

export async function probeRange(transceiver: string, cache: RangeCache, options: ProbeOptions): Promise<RangeSample | undefined> {
  try {
    const res = await fetch(new URL(`/transceivers/${transceiver}/range`, options.gatewayUrl), {
      signal: options.signal,
    });
    if (!res.ok) {
      throw new Error(`gateway answered ${res.status}`);
    }
    const sample = (await res.json()) as RangeSample;
    cache.set(sample);
    return sample;
  } catch (err) {
    if (options.signal?.aborted || isAbort(err)) {
      throw err;
    }
    // Field gateways drop out in the snow; yesterday's calibration is good enough for drills.
    return cache.get(transceiver);
  }
}

export async function probeSquad(transceivers: string[], cache: RangeCache, options: ProbeOptions): Promise<Map<string, RangeSample | undefined>> {
  const out = new Map<string, RangeSample | undefined>();
  for (const t of transceivers) {
    out.set(t, await probeRange(t, cache, options));
  }
  return out;
}

export function weakestLink(samples: Map<string, RangeSample | undefined>): string | undefined {
  let worst: RangeSample | undefined;
  for (const s of samples.values()) {
    if (s && (!worst || s.maxRangeM < worst.maxRangeM)) worst = s;
  }
  return worst?.transceiver;
}

export class MemoryRangeCache implements RangeCache {
  private readonly samples = new Map<string, RangeSample>();
  get(transceiver: string): RangeSample | undefined {
    return this.samples.get(transceiver);
  }
  set(sample: RangeSample): void {
    this.samples.set(sample.transceiver, sample);
  }
}

// expect: none
// The deadline timer is cancelled and the losing probe request is aborted in a finally block, so nothing from the race keeps running after a winner is picked.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';

interface ProbeSample {
  zoneId: string;
  relativeHumidity: number;
  surfaceC: number;
}

interface ContactProbe {
  sample(zoneId: string, opts: { signal: AbortSignal }): Promise<ProbeSample>;
}

class ProbeTimeoutError extends Error {
  override name = 'ProbeTimeoutError';
}

async function sampleWithDeadline(probe: ContactProbe, zoneId: string, ms: number): Promise<ProbeSample> {
  const request = new AbortController();
  const timer = new AbortController();
  const deadline = sleep(ms, undefined, { signal: timer.signal }).then((): never => {
    throw new ProbeTimeoutError(`probe on ${zoneId} gave no reading within ${ms} ms`);
  });
  try {
    return await Promise.race([probe.sample(zoneId, { signal: request.signal }), deadline]);
  } finally {
    timer.abort();
    request.abort();
  }
}

describe('sampleWithDeadline', () => {
  let seenSignals: AbortSignal[];

  beforeEach(() => {
    seenSignals = [];
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  function probeAnsweringAfter(delayMs: number, rh = 61): ContactProbe {
    return {
      sample: vi.fn(async (zoneId: string, opts: { signal: AbortSignal }) => {
        seenSignals.push(opts.signal);
        await sleep(delayMs, undefined, { signal: opts.signal });
        return { zoneId, relativeHumidity: rh, surfaceC: 14.2 };
      }),
    };
  }

  it('returns the reading when the probe answers in time', async () => {
    const probe = probeAnsweringAfter(5, 58);
    await expect(sampleWithDeadline(probe, 'N-3-4', 200)).resolves.toEqual({
      zoneId: 'N-3-4',
      relativeHumidity: 58,
      surfaceC: 14.2,
    });
    expect(probe.sample).toHaveBeenCalledTimes(1);
  });

  it('rejects with a ProbeTimeoutError when the probe hangs', async () => {
    const probe = probeAnsweringAfter(5_000);
    await expect(sampleWithDeadline(probe, 'S-1-1', 20)).rejects.toMatchObject({ name: 'ProbeTimeoutError' });
  });

  it('aborts the probe request that lost the race', async () => {
    const probe = probeAnsweringAfter(5_000);
    await expect(sampleWithDeadline(probe, 'S-1-2', 20)).rejects.toThrow(/no reading within 20 ms/);
    expect(seenSignals).toHaveLength(1);
    expect(seenSignals[0].aborted).toBe(true);
  });

  it('releases the request signal after a successful reading', async () => {
    const probe = probeAnsweringAfter(1);
    await sampleWithDeadline(probe, 'E-2-7', 1_000);
    expect(seenSignals[0].aborted).toBe(true);
  });

  it('propagates probe faults unchanged', async () => {
    const probe: ContactProbe = {
      sample: vi.fn(async () => {
        throw new Error('contact pad lifted');
      }),
    };
    await expect(sampleWithDeadline(probe, 'W-0-0', 1_000)).rejects.toThrow('contact pad lifted');
  });
});

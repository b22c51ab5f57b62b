// expect: none
// The sweep forwards its signal to every ping and pause and lets AbortError escape; the tests assert that rejection rather than swallowing it.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface Echo {
  freqKhz: number;
  rangeYds: number | null;
}

interface Transducer {
  ping(freqKhz: number, opts: { signal?: AbortSignal }): Promise<Echo>;
}

class FakeTransducer implements Transducer {
  pings = 0;
  constructor(private readonly ranges: Map<number, number>) {}

  async ping(freqKhz: number, opts: { signal?: AbortSignal }): Promise<Echo> {
    this.pings++;
    await delay(5, undefined, { signal: opts.signal });
    return { freqKhz, rangeYds: this.ranges.get(freqKhz) ?? null };
  }
}

async function pingSweep(
  transducer: Transducer,
  freqs: number[],
  { signal, pauseMs = 10 }: { signal?: AbortSignal; pauseMs?: number } = {},
): Promise<Echo[]> {
  const echoes: Echo[] = [];
  for (const freq of freqs) {
    echoes.push(await transducer.ping(freq, { signal }));
    await delay(pauseMs, undefined, { signal });
  }
  return echoes;
}

describe('sonar drill ping sweep', () => {
  let transducer: FakeTransducer;

  beforeEach(() => {
    transducer = new FakeTransducer(new Map([[3.5, 1_800], [12, 640]]));
  });

  it('returns an echo per frequency in order', async () => {
    const echoes = await pingSweep(transducer, [3.5, 7, 12]);
    assert.deepEqual(echoes, [
      { freqKhz: 3.5, rangeYds: 1_800 },
      { freqKhz: 7, rangeYds: null },
      { freqKhz: 12, rangeYds: 640 },
    ]);
  });

  it('stops pinging when the drill is called off mid-sweep', async () => {
    const controller = new AbortController();
    const sweep = pingSweep(transducer, [3.5, 7, 12, 18], { signal: controller.signal, pauseMs: 50 });
    setTimeout(() => controller.abort(), 20);

    await assert.rejects(sweep, { name: 'AbortError' });
    assert.ok(transducer.pings < 4, `expected an early stop, got ${transducer.pings} pings`);
  });

  it('abandons the first ping when the signal is already cancelled', async () => {
    await assert.rejects(
      pingSweep(transducer, [3.5], { signal: AbortSignal.abort() }),
      { name: 'AbortError' },
    );
    assert.equal(transducer.pings, 1);
  });

  it('honours a drill-wide timeout signal', async () => {
    await assert.rejects(
      pingSweep(transducer, [3.5, 7, 12, 18, 24], { signal: AbortSignal.timeout(30), pauseMs: 40 }),
      (err: Error) => err.name === 'AbortError' && (err.cause as Error | undefined)?.name === 'TimeoutError',
    );
  });
});

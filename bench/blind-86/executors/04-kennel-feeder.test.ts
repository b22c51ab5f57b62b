// expect: no-multiple-settle
// The waitForDispense helper listens only for 'dispensed'; when the auger jams the feeder emits 'jam' and the waiter never settles, so the test hangs instead of failing.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface Portion {
  dogName: string;
  grams: number;
  at: number;
}

class KennelFeeder extends EventEmitter {
  private timer: ReturnType<typeof setInterval> | null = null;
  private hopperGrams: number;

  constructor(hopperGrams: number, private readonly rations: Record<string, number>) {
    super();
    this.hopperGrams = hopperGrams;
  }

  start(intervalMs: number): void {
    this.timer = setInterval(() => this.round(), intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private round(): void {
    for (const [dogName, grams] of Object.entries(this.rations)) {
      if (this.hopperGrams < grams) {
        this.emit('jam', new Error(`hopper empty before feeding ${dogName}`));
        return;
      }
      this.hopperGrams -= grams;
      this.emit('dispensed', { dogName, grams, at: Date.now() } satisfies Portion);
    }
  }
}

function waitForDispense(feeder: KennelFeeder, dogName: string): Promise<Portion> {
  return new Promise((resolve) => {
    const onPortion = (p: Portion) => {
      if (p.dogName !== dogName) return;
      feeder.off('dispensed', onPortion);
      resolve(p);
    };
    feeder.on('dispensed', onPortion);
  });
}

describe('KennelFeeder', () => {
  let feeder: KennelFeeder;

  beforeEach(() => {
    vi.useFakeTimers();
    feeder = new KennelFeeder(1_000, { Juneau: 400, Kobuk: 350, Tok: 300 });
    feeder.start(60_000);
  });

  afterEach(() => {
    feeder.stop();
    vi.useRealTimers();
  });

  it('feeds every dog on the first round', async () => {
    const tok = waitForDispense(feeder, 'Tok');
    await vi.advanceTimersByTimeAsync(60_000);
    await expect(tok).resolves.toMatchObject({ dogName: 'Tok', grams: 300 });
  });

  it('feeds the lead dog again on the second round', async () => {
    feeder.stop();
    feeder = new KennelFeeder(2_000, { Juneau: 400 });
    feeder.start(60_000);
    await vi.advanceTimersByTimeAsync(60_000);
    const second = waitForDispense(feeder, 'Juneau');
    await vi.advanceTimersByTimeAsync(60_000);
    const portion = await second;
    expect(portion.grams).toBe(400);
  });

  it('reports a jam when the hopper runs low', async () => {
    const onJam = vi.fn();
    feeder.on('jam', onJam);
    await vi.advanceTimersByTimeAsync(60_000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(onJam).toHaveBeenCalledTimes(1);
    expect(onJam.mock.calls[0][0].message).toMatch(/hopper empty/);
  });

  it('keeps Kobuk fed while the hopper lasts', async () => {
    const kobuk = waitForDispense(feeder, 'Kobuk');
    await vi.advanceTimersByTimeAsync(60_000);
    const portion = await kobuk;
    expect(portion.at).toBeGreaterThan(0);
  });
});

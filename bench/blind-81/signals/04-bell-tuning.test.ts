// expect: none
// tuneBell passes its signal to every lathe pass and delay and rethrows aborts before the retry branch; the tests assert that AbortError surfaces unchanged.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface Bell {
  bellId: string;
  nominalHz: number;
  targetHz: number;
}

interface Lathe {
  shave(bellId: string, microns: number, options: { signal?: AbortSignal }): Promise<number>;
}

class LatheJam extends Error {}

async function tuneBell(
  bell: Bell,
  lathe: Lathe,
  { signal, maxPasses = 8 }: { signal?: AbortSignal; maxPasses?: number } = {},
): Promise<Bell> {
  let current = bell.nominalHz;
  for (let pass = 0; pass < maxPasses && Math.abs(current - bell.targetHz) > 0.5; pass++) {
    signal?.throwIfAborted();
    // Removing metal from the waist lowers the nominal; roughly 40 microns per hertz.
    const microns = Math.min(Math.round((current - bell.targetHz) * 40), 400);
    try {
      current = await lathe.shave(bell.bellId, microns, { signal });
    } catch (err) {
      if (signal?.aborted) throw err;
      if (!(err instanceof LatheJam)) throw err;
      await delay(5, undefined, { signal });
    }
  }
  return { ...bell, nominalHz: current };
}

class FakeLathe implements Lathe {
  jamsRemaining = 0;
  passes = 0;
  private readonly hz = new Map<string, number>();

  seed(bell: Bell): void {
    this.hz.set(bell.bellId, bell.nominalHz);
  }

  async shave(bellId: string, microns: number, { signal }: { signal?: AbortSignal }): Promise<number> {
    await delay(2, undefined, { signal });
    this.passes += 1;
    if (this.jamsRemaining > 0) {
      this.jamsRemaining -= 1;
      throw new LatheJam('tool chatter, lathe stopped');
    }
    const next = (this.hz.get(bellId) ?? 0) - microns / 40;
    this.hz.set(bellId, next);
    return next;
  }
}

describe('bell tuning on the lathe', () => {
  let lathe: FakeLathe;
  const tenor: Bell = { bellId: 'tenor-1892', nominalHz: 592, targetHz: 587.3 };

  beforeEach(() => {
    lathe = new FakeLathe();
    lathe.seed(tenor);
  });

  it('brings the nominal within half a hertz of target', async () => {
    const tuned = await tuneBell(tenor, lathe);
    assert.ok(Math.abs(tuned.nominalHz - tenor.targetHz) <= 0.5);
  });

  it('retries after a lathe jam', async () => {
    lathe.jamsRemaining = 2;
    const tuned = await tuneBell(tenor, lathe);
    assert.ok(Math.abs(tuned.nominalHz - tenor.targetHz) <= 0.5);
    assert.ok(lathe.passes >= 3);
  });

  it('stops with an AbortError when the foundry cancels the job', async () => {
    const controller = new AbortController();
    const tuning = tuneBell(tenor, lathe, { signal: controller.signal });
    controller.abort();
    await assert.rejects(tuning, { name: 'AbortError' });
    assert.equal(lathe.passes, 0);
  });

  it('does not start when the signal is already aborted', async () => {
    await assert.rejects(tuneBell(tenor, lathe, { signal: AbortSignal.abort() }), { name: 'AbortError' });
  });
});

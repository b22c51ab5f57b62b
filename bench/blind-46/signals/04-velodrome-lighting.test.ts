// expect: none
// rampTrackLights catches per-fixture failures but rethrows when the signal has aborted, and the tests assert the AbortError surfaces.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface Fixture {
  id: string;
  zone: 'home-straight' | 'back-straight' | 'turn-1-2' | 'turn-3-4';
  level: number;
}

interface DimmerBus {
  setLevel(fixtureId: string, level: number, options: { signal: AbortSignal }): Promise<void>;
}

interface RampReport {
  reached: number;
  skipped: string[];
}

async function rampTrackLights(
  bus: DimmerBus,
  fixtures: Fixture[],
  target: number,
  { steps, stepMs, signal }: { steps: number; stepMs: number; signal: AbortSignal },
): Promise<RampReport> {
  const skipped = new Set<string>();
  for (let step = 1; step <= steps; step++) {
    for (const fixture of fixtures) {
      if (skipped.has(fixture.id)) continue;
      const level = Math.round(fixture.level + ((target - fixture.level) * step) / steps);
      try {
        await bus.setLevel(fixture.id, level, { signal });
      } catch (err) {
        if (signal.aborted) throw err;
        skipped.add(fixture.id);
      }
    }
    await sleep(stepMs, undefined, { signal });
  }
  return { reached: target, skipped: [...skipped] };
}

function fakeBus(broken: Set<string>): DimmerBus & { levels: Map<string, number> } {
  const levels = new Map<string, number>();
  return {
    levels,
    async setLevel(fixtureId, level, { signal }) {
      signal.throwIfAborted();
      await sleep(1, undefined, { signal });
      if (broken.has(fixtureId)) throw new Error(`DMX address for ${fixtureId} not responding`);
      levels.set(fixtureId, level);
    },
  };
}

describe('rampTrackLights', () => {
  let fixtures: Fixture[];

  beforeEach(() => {
    fixtures = [
      { id: 'H1', zone: 'home-straight', level: 0 },
      { id: 'B1', zone: 'back-straight', level: 0 },
      { id: 'T1', zone: 'turn-1-2', level: 10 },
    ];
  });

  it('ramps every responsive fixture to the target', async () => {
    const bus = fakeBus(new Set(['B1']));
    const report = await rampTrackLights(bus, fixtures, 100, { steps: 4, stepMs: 1, signal: new AbortController().signal });
    assert.deepEqual(report.skipped, ['B1']);
    assert.equal(bus.levels.get('H1'), 100);
    assert.equal(bus.levels.get('T1'), 100);
  });

  it('stops with AbortError when the race director cancels', async () => {
    const controller = new AbortController();
    const bus = fakeBus(new Set());
    const ramp = rampTrackLights(bus, fixtures, 100, { steps: 50, stepMs: 5, signal: controller.signal });
    setTimeout(() => controller.abort(), 15);
    await assert.rejects(ramp, { name: 'AbortError' });
    assert.ok((bus.levels.get('H1') ?? 0) < 100);
  });

  it('does not start when already aborted', async () => {
    const bus = fakeBus(new Set());
    await assert.rejects(
      rampTrackLights(bus, fixtures, 80, { steps: 2, stepMs: 1, signal: AbortSignal.abort() }),
      { name: 'AbortError' },
    );
    assert.equal(bus.levels.size, 0);
  });
});

// expect: none
// eventually() takes a factory and calls it on every attempt, so each poll awaits a fresh sensor read rather than one settled promise.
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface GalleryClimate {
  gallery: string;
  tempC: number;
  relativeHumidity: number;
  hvacMode: 'cool' | 'dehumidify' | 'idle';
}

declare function startClimateSimulator(options: { galleries: string[]; ambientC: number }): {
  setDoorOpen(gallery: string, open: boolean): void;
  setSpotlights(gallery: string, watts: number): void;
  stop(): Promise<void>;
};
declare const climateApi: {
  read(gallery: string): Promise<GalleryClimate>;
};

async function eventually<T>(
  attempt: () => Promise<T>,
  accept: (value: T) => boolean,
  { timeoutMs = 5_000, intervalMs = 100 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await attempt();
    if (accept(last)) return last;
    await delay(intervalMs);
  }
  throw new assert.AssertionError({
    message: `condition not met within ${timeoutMs}ms`,
    actual: last,
  });
}

// Wax softens from about 27°C; figures start to slump well before they visibly melt.
const WAX_SAFE_MAX_C = 24;

describe('wax museum climate control', () => {
  let sim: ReturnType<typeof startClimateSimulator>;

  beforeEach(() => {
    sim = startClimateSimulator({ galleries: ['royals', 'film-stars', 'chamber'], ambientC: 31 });
  });

  afterEach(async () => {
    await sim.stop();
  });

  it('switches to cooling when spotlights heat the royals gallery', async () => {
    sim.setSpotlights('royals', 4_000);
    const climate = await eventually(
      () => climateApi.read('royals'),
      (c) => c.hvacMode === 'cool',
    );
    assert.equal(climate.gallery, 'royals');
  });

  it('brings temperature back under the wax safety limit', async () => {
    sim.setSpotlights('film-stars', 2_500);
    const climate = await eventually(
      () => climateApi.read('film-stars'),
      (c) => c.tempC <= WAX_SAFE_MAX_C,
      { timeoutMs: 8_000 },
    );
    assert.ok(climate.tempC <= WAX_SAFE_MAX_C);
  });

  it('dehumidifies after the chamber door has been left open', async () => {
    sim.setDoorOpen('chamber', true);
    await delay(200);
    sim.setDoorOpen('chamber', false);
    const climate = await eventually(
      () => climateApi.read('chamber'),
      (c) => c.hvacMode === 'dehumidify' || c.relativeHumidity < 55,
    );
    assert.ok(climate.relativeHumidity < 70);
  });
});

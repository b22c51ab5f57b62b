// expect: none
// Assertions receive awaited values or awaited `.resolves` chains, and the stage list filled by the 'stage' listener is only read after awaiting the kiln's 'complete' event.
import { EventEmitter, once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const afterEach: (fn: () => unknown) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
};

type FiringStage = 'water-smoking' | 'dehydration' | 'quartz-inversion' | 'sintering' | 'soak' | 'cooling';

interface KilnSimulator extends EventEmitter {
  load(pieces: Array<{ id: string; wallMm: number }>): void;
  fire(profile: 'earthenware' | 'bisque'): void;
  isDoorLocked(): Promise<boolean>;
  peakTempC(): Promise<number>;
  dispose(): void;
}

declare function createKilnSimulator(options: { timeScale: number }): KilnSimulator;

describe('terracotta kiln firing profile', () => {
  let kiln: KilnSimulator;

  beforeEach(() => {
    kiln = createKilnSimulator({ timeScale: 10_000 });
    kiln.load([
      { id: 'planter-01', wallMm: 14 },
      { id: 'roof-tile-07', wallMm: 9 },
    ]);
  });

  afterEach(() => {
    kiln.dispose();
  });

  it('runs the earthenware stages in order', async () => {
    const stages: FiringStage[] = [];
    kiln.on('stage', (stage: FiringStage) => stages.push(stage));
    const complete = once(kiln, 'complete');
    kiln.fire('earthenware');
    await complete;
    expect(stages).toEqual(['water-smoking', 'dehydration', 'quartz-inversion', 'sintering', 'soak', 'cooling']);
  });

  it('keeps the door locked while firing', async () => {
    const started = once(kiln, 'stage');
    kiln.fire('bisque');
    await started;
    expect(await kiln.isDoorLocked()).toBe(true);
  });

  it('unlocks the door once cooled', async () => {
    const complete = once(kiln, 'complete');
    kiln.fire('bisque');
    await complete;
    await expect(kiln.isDoorLocked()).resolves.toBe(false);
  });

  it('peaks in the terracotta range (about 1000-1080°C) for earthenware', async () => {
    const complete = once(kiln, 'complete');
    kiln.fire('earthenware');
    await complete;
    const peak = await kiln.peakTempC();
    expect(peak).toBeGreaterThan(999);
    expect(peak < 1080).toBe(true);
  });

  it('holds the water-smoking stage long enough for thick walls', async () => {
    let smokingStartedAt = 0;
    let smokingEndedAt = 0;
    kiln.on('stage', (stage: FiringStage) => {
      if (stage === 'water-smoking') smokingStartedAt = Date.now();
      else if (smokingStartedAt && !smokingEndedAt) smokingEndedAt = Date.now();
    });
    const complete = once(kiln, 'complete');
    kiln.fire('earthenware');
    await complete;
    // Simulated time is compressed 10,000x; 14mm walls need ~3h of smoking, i.e. >1s here.
    expect(smokingEndedAt - smokingStartedAt).toBeGreaterThan(1_000);
  });
});

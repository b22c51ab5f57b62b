// expect: none
// Values written by event listeners are read only after awaiting once(cage, 'arrived'), by which time those listeners have run.
import { EventEmitter, once } from 'node:events';
import assert from 'node:assert/strict';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;

interface CageSimulator extends EventEmitter {
  readonly shaft: string;
  dispatch(level: number): void;
  loadCrew(names: string[]): void;
  emergencyStop(): void;
  close(): Promise<void>;
}

declare function simulateCage(options: { shaft: string; levels: number; metresPerLevel: number }): CageSimulator;

describe('salt mine cage', () => {
  let cage: CageSimulator;

  beforeEach(() => {
    cage = simulateCage({ shaft: 'wieliczka-3', levels: 9, metresPerLevel: 30 });
  });

  afterEach(async () => {
    cage.removeAllListeners();
    await cage.close();
  });

  it('passes every level on the way down', async () => {
    const passed: number[] = [];
    cage.on('level', (level: number) => passed.push(level));
    const arrived = once(cage, 'arrived');
    cage.dispatch(4);
    const [level] = (await arrived) as [number];
    assert.equal(level, 4);
    assert.deepEqual(passed, [1, 2, 3, 4]);
  });

  it('reports the crew manifest on arrival', async () => {
    let manifest: string[] | undefined;
    cage.once('doors-open', (crew: string[]) => {
      manifest = crew;
    });
    const doorsOpen = once(cage, 'doors-open');
    cage.loadCrew(['Jadwiga', 'Tomasz']);
    cage.dispatch(2);
    await doorsOpen;
    assert.deepEqual(manifest, ['Jadwiga', 'Tomasz']);
  });

  it('halts between levels on emergency stop', async () => {
    let lastLevel = 0;
    cage.on('level', (level: number) => {
      lastLevel = level;
      if (level === 3) cage.emergencyStop();
    });
    const halted = once(cage, 'halted');
    cage.dispatch(8);
    const [depthM] = (await halted) as [number];
    assert.equal(lastLevel, 3);
    assert.ok(depthM >= 90 && depthM < 120, `halted at ${depthM}m`);
  });
});

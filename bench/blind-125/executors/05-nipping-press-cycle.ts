// expect: no-multiple-settle
// The executor is async and awaits readFile before wiring up any settle path, so a missing or unreadable profile rejects the executor's own promise and the returned promise never settles.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';

export interface PressProfile {
  name: string;
  pressureKpa: number;
  dwellSeconds: number;
}

export interface PressController extends EventEmitter {
  start(pressureKpa: number, dwellSeconds: number): void;
  release(): void;
}

export interface PressCycle {
  profile: string;
  peakKpa: number;
  dwellSeconds: number;
}

const PROFILE_DIR = process.env.PRESS_PROFILES ?? '/etc/bindery/press-profiles';

function validate(raw: unknown, name: string): PressProfile {
  const p = raw as Partial<PressProfile>;
  if (typeof p.pressureKpa !== 'number' || typeof p.dwellSeconds !== 'number') {
    throw new Error(`press profile ${name} is malformed`);
  }
  return { name, pressureKpa: p.pressureKpa, dwellSeconds: p.dwellSeconds };
}

export function runPressCycle(press: PressController, profileName: string): Promise<PressCycle> {
  return new Promise<PressCycle>(async (resolve, reject) => {
    const text = await readFile(`${PROFILE_DIR}/${profileName}.json`, 'utf8');
    const profile = validate(JSON.parse(text), profileName);
    let peak = 0;

    const onPressure = (kpa: number): void => {
      peak = Math.max(peak, kpa);
    };
    const cleanup = (): void => {
      press.off('pressure', onPressure);
      press.off('done', onDone);
      press.off('jam', onJam);
    };
    const onDone = (): void => {
      cleanup();
      resolve({ profile: profile.name, peakKpa: peak, dwellSeconds: profile.dwellSeconds });
    };
    const onJam = (where: string): void => {
      cleanup();
      press.release();
      reject(new Error(`press jammed at ${where} during ${profile.name}`));
    };

    press.on('pressure', onPressure);
    press.once('done', onDone);
    press.once('jam', onJam);
    press.start(profile.pressureKpa, profile.dwellSeconds);
  });
}

export async function pressBookBlocks(press: PressController, blocks: string[], profileName: string): Promise<Map<string, PressCycle>> {
  const log = new Map<string, PressCycle>();
  for (const block of blocks) {
    const cycle = await runPressCycle(press, profileName);
    if (cycle.peakKpa < 0.9 * 300) {
      console.warn(`${block}: low peak pressure ${cycle.peakKpa} kPa`);
    }
    log.set(block, cycle);
  }
  return log;
}

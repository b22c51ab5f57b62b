// expect: no-multiple-settle
// Once the target is reached the interval is not cleared, so every later tick resolves again, and the timeout is never cleared either, so it later rejects the already-resolved promise.
import { EventEmitter } from 'node:events';

declare const pressBus: {
  readRegister(unit: number, register: number): Promise<number>;
  writeRegister(unit: number, register: number, value: number): Promise<void>;
};

const REG_PRESSURE = 0x10;
const REG_TARGET = 0x11;
const REG_RAM = 0x12;

export interface PressCycle {
  unit: number;
  targetBar: number;
  reachedBar: number;
  elapsedMs: number;
}

export const pressEvents = new EventEmitter<{
  pressed: [PressCycle];
  released: [number];
}>();

export function waitForPressure(
  unit: number,
  targetBar: number,
  timeoutMs = 90_000,
  pollMs = 500,
): Promise<PressCycle> {
  const started = Date.now();

  return new Promise<PressCycle>((resolve, reject) => {
    const poll = setInterval(() => {
      pressBus.readRegister(unit, REG_PRESSURE).then(
        (raw) => {
          const bar = raw / 100;
          if (bar >= targetBar) {
            resolve({ unit, targetBar, reachedBar: bar, elapsedMs: Date.now() - started });
          }
        },
        (err) => {
          clearInterval(poll);
          reject(err);
        },
      );
    }, pollMs);

    setTimeout(() => {
      clearInterval(poll);
      reject(new Error(`press ${unit} did not reach ${targetBar} bar within ${timeoutMs}ms`));
    }, timeoutMs);
  });
}

export async function pressCheese(unit: number, apples: 'bramley' | 'dabinett' | 'kingston-black'): Promise<PressCycle> {
  // bittersweets need more pressure to give up their juice
  const targetBar = apples === 'bramley' ? 6 : 8.5;

  await pressBus.writeRegister(unit, REG_TARGET, Math.round(targetBar * 100));
  await pressBus.writeRegister(unit, REG_RAM, 1);
  try {
    const cycle = await waitForPressure(unit, targetBar);
    pressEvents.emit('pressed', cycle);
    return cycle;
  } finally {
    await pressBus.writeRegister(unit, REG_RAM, 0);
    pressEvents.emit('released', unit);
  }
}

export async function pressRun(unit: number, cheeses: number, apples: 'bramley' | 'dabinett' | 'kingston-black') {
  const cycles: PressCycle[] = [];
  for (let i = 0; i < cheeses; i++) {
    cycles.push(await pressCheese(unit, apples));
  }
  const avg = cycles.reduce((sum, c) => sum + c.elapsedMs, 0) / Math.max(cycles.length, 1);
  return { unit, cycles, averageMs: Math.round(avg) };
}

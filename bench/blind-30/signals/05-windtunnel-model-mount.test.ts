// expect: no-leaked-race
// withTimeout races the operation against a timers/promises sleep that is never cancelled, so every passing test leaves a live timer behind.
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toBeCloseTo(expected: number, digits?: number): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

class TimeoutError extends Error {}

function withTimeout<T>(operation: Promise<T>, ms: number, label: string): Promise<T> {
  return Promise.race([
    operation,
    sleep(ms).then(() => {
      throw new TimeoutError(`${label} timed out after ${ms}ms`);
    }),
  ]);
}

class ModelMount extends EventEmitter {
  pitchDeg = 0;
  yawDeg = 0;
  locked = false;
  private motion: NodeJS.Timeout | undefined;

  constructor(private readonly degPerTick: number) {
    super();
  }

  driveTo(pitchDeg: number, yawDeg: number): void {
    clearInterval(this.motion);
    this.locked = false;
    this.motion = setInterval(() => {
      this.pitchDeg = step(this.pitchDeg, pitchDeg, this.degPerTick);
      this.yawDeg = step(this.yawDeg, yawDeg, this.degPerTick);
      if (this.pitchDeg === pitchDeg && this.yawDeg === yawDeg) {
        clearInterval(this.motion);
        this.locked = true;
        this.emit('locked', { pitchDeg, yawDeg });
      }
    }, 1);
  }

  halt(): void {
    clearInterval(this.motion);
  }
}

function step(from: number, to: number, by: number): number {
  return Math.abs(to - from) <= by ? to : from + Math.sign(to - from) * by;
}

async function positionModel(mount: ModelMount, pitchDeg: number, yawDeg: number, timeoutMs = 2_000) {
  const locked = once(mount, 'locked');
  mount.driveTo(pitchDeg, yawDeg);
  const [position] = await withTimeout(locked, timeoutMs, `mount to ${pitchDeg}/${yawDeg}`);
  return position as { pitchDeg: number; yawDeg: number };
}

describe('model mount positioning', () => {
  let mount: ModelMount;

  beforeEach(() => {
    mount = new ModelMount(0.5);
  });

  afterEach(() => {
    mount.halt();
  });

  it('locks at the requested angle of attack', async () => {
    const position = await positionModel(mount, 8, 0);
    expect(position.pitchDeg).toBe(8);
    expect(mount.locked).toBe(true);
  });

  it('handles a combined pitch and yaw move', async () => {
    const position = await positionModel(mount, -4, 12.5);
    expect(position.yawDeg).toBeCloseTo(12.5);
    expect(mount.pitchDeg).toBe(-4);
  });

  it('gives up when the drive is too slow', async () => {
    const sluggish = new ModelMount(0.001);
    await expect(positionModel(sluggish, 15, 0, 50)).rejects.toThrow(/timed out after 50ms/);
    sluggish.halt();
  });
});

// expect: none
// dispatchRider checks the signal between steps and passes it to once() and sleep(); the tests abort at each stage and expect an AbortError.
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(pattern?: RegExp | string): Promise<void>; toMatchObject(obj: object): Promise<void> };
};

interface Rider {
  name: string;
  weightKg: number;
}

class LandingGate extends EventEmitter {
  clear(): void {
    this.emit('clear');
  }
}

interface TowerIo {
  gate: LandingGate;
  harnessChecks: string[];
  released: string[];
}

async function dispatchRider(tower: TowerIo, rider: Rider, signal: AbortSignal): Promise<string> {
  signal.throwIfAborted();
  if (rider.weightKg < 35 || rider.weightKg > 120) {
    throw new RangeError(`${rider.name} is outside the ${35}-${120}kg range`);
  }
  tower.harnessChecks.push(rider.name);

  await once(tower.gate, 'clear', { signal });
  await sleep(rider.weightKg > 95 ? 30 : 10, undefined, { signal });

  signal.throwIfAborted();
  tower.released.push(rider.name);
  return `${rider.name} released`;
}

describe('dispatchRider', () => {
  let tower: TowerIo;
  const rider: Rider = { name: 'Ana', weightKg: 68 };

  beforeEach(() => {
    tower = { gate: new LandingGate(), harnessChecks: [], released: [] };
  });

  it('releases the rider once the landing gate is clear', async () => {
    const dispatched = dispatchRider(tower, rider, new AbortController().signal);
    tower.gate.clear();
    expect(await dispatched).toBe('Ana released');
    expect(tower.released).toEqual(['Ana']);
  });

  it('does nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(dispatchRider(tower, rider, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(tower.harnessChecks).toEqual([]);
  });

  it('stops waiting for the gate when aborted', async () => {
    const controller = new AbortController();
    const dispatched = dispatchRider(tower, rider, controller.signal);
    controller.abort();
    await expect(dispatched).rejects.toMatchObject({ name: 'AbortError' });
    expect(tower.gate.listenerCount('clear')).toBe(0);
    expect(tower.released).toEqual([]);
  });

  it('cancels during the release countdown', async () => {
    const controller = new AbortController();
    const dispatched = dispatchRider(tower, { name: 'Bo', weightKg: 101 }, controller.signal);
    tower.gate.clear();
    controller.abort();
    await expect(dispatched).rejects.toMatchObject({ name: 'AbortError' });
    expect(tower.released).toEqual([]);
  });
});

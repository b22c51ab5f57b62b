// expect: no-unobserved-promise
// secureChamber starts every gate closure up front and then awaits them one by one, so a later gate that rejects early has no handler while an earlier one is still being awaited.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface GateActuator {
  name: string;
  close(): Promise<{ name: string; seconds: number }>;
}

class LockChamber {
  constructor(
    readonly lockName: string,
    private readonly gates: GateActuator[],
  ) {}

  async secureChamber(): Promise<{ closedGates: string[]; slowest: number }> {
    const closures = this.gates.map((gate) => gate.close());
    const closed: Array<{ name: string; seconds: number }> = [];
    for (const closure of closures) {
      closed.push(await closure);
    }
    return {
      closedGates: closed.map((g) => g.name),
      slowest: Math.max(...closed.map((g) => g.seconds)),
    };
  }
}

function actuator(name: string, seconds: number, fail?: string): GateActuator {
  return {
    name,
    close: vi.fn(
      () =>
        new Promise<{ name: string; seconds: number }>((resolve, reject) => {
          setTimeout(() => (fail ? reject(new Error(fail)) : resolve({ name, seconds })), seconds * 1000);
        }),
    ),
  };
}

describe('LockChamber.secureChamber', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('closes every mitre gate and reports the slowest', async () => {
    const chamber = new LockChamber('Lock 14', [
      actuator('upper-left', 40),
      actuator('upper-right', 42),
      actuator('lower-left', 55),
      actuator('lower-right', 53),
    ]);
    const assertion = expect(chamber.secureChamber()).resolves.toEqual({
      closedGates: ['upper-left', 'upper-right', 'lower-left', 'lower-right'],
      slowest: 55,
    });
    await vi.advanceTimersByTimeAsync(60_000);
    await assertion;
  });

  it('starts all gate motors at once', async () => {
    const gates = [actuator('a', 1), actuator('b', 1)];
    const assertion = expect(new LockChamber('Lock 3', gates).secureChamber()).resolves.toBeDefined();
    for (const gate of gates) expect(gate.close).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    await assertion;
  });

  it('fails when the first gate jams', async () => {
    const chamber = new LockChamber('Lock 7', [actuator('upper', 10, 'hydraulic ram stalled'), actuator('lower', 12)]);
    const result = chamber.secureChamber();
    const assertion = expect(result).rejects.toThrow('hydraulic ram stalled');
    await vi.advanceTimersByTimeAsync(15_000);
    await assertion;
  });
});

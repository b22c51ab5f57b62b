// expect: none
// Every async accessor is awaited or checked with resolves/rejects before its value is asserted, so the assertions see real values rather than promises.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface LevelSensor {
  readCm(side: 'upstream' | 'chamber' | 'downstream'): Promise<number>;
}

class CanalLock {
  private gateOpen: 'upstream' | 'downstream' | null = null;

  constructor(
    private readonly sensor: LevelSensor,
    private readonly toleranceCm = 3,
  ) {}

  async isLevelWith(side: 'upstream' | 'downstream'): Promise<boolean> {
    const [chamber, other] = await Promise.all([this.sensor.readCm('chamber'), this.sensor.readCm(side)]);
    return Math.abs(chamber - other) <= this.toleranceCm;
  }

  async openGate(side: 'upstream' | 'downstream'): Promise<void> {
    if (this.gateOpen) throw new Error(`${this.gateOpen} gate is already open`);
    if (!(await this.isLevelWith(side))) throw new Error(`chamber not level with ${side}`);
    this.gateOpen = side;
  }

  async isOpen(side: 'upstream' | 'downstream'): Promise<boolean> {
    return this.gateOpen === side;
  }
}

describe('CanalLock', () => {
  let levels: Record<'upstream' | 'chamber' | 'downstream', number>;
  let sensor: LevelSensor;

  beforeEach(() => {
    levels = { upstream: 412, chamber: 180, downstream: 178 };
    sensor = { readCm: vi.fn(async (side: keyof typeof levels) => levels[side]) };
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('knows when the chamber is level with the tail pound', async () => {
    expect(await new CanalLock(sensor).isLevelWith('downstream')).toBe(true);
    await expect(new CanalLock(sensor).isLevelWith('upstream')).resolves.toBe(false);
  });

  it('opens the downstream gate when level', async () => {
    const lock = new CanalLock(sensor);
    await lock.openGate('downstream');
    expect(await lock.isOpen('downstream')).toBe(true);
    expect(await lock.isOpen('upstream')).toBe(false);
  });

  it('refuses to open a gate against a head of water', async () => {
    const lock = new CanalLock(sensor);
    await expect(lock.openGate('upstream')).rejects.toThrow(/not level with upstream/);
    await expect(lock.isOpen('upstream')).resolves.toBe(false);
  });

  it('never opens both gates', async () => {
    const lock = new CanalLock(sensor);
    await lock.openGate('downstream');
    levels.chamber = 410;
    await expect(lock.openGate('upstream')).rejects.toThrow(/already open/);
    expect(sensor.readCm).toHaveBeenCalledTimes(2);
  });
});

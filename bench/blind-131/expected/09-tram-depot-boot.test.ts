// expect: none
// The boot sequence keeps bound method references in its task list but invokes each one with task.fn() before awaiting, so every step really runs in order.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface DepotHardware {
  primeHoppers(): Promise<number>;
  testSandNozzles(): Promise<string[]>;
  openYardGates(): Promise<void>;
}

interface BootStep {
  name: string;
  fn: () => Promise<unknown>;
}

class DepotBoot {
  readonly completed: string[] = [];
  private readonly steps: BootStep[];

  constructor(private readonly hw: DepotHardware) {
    this.steps = [
      { name: 'prime-hoppers', fn: this.primeHoppers.bind(this) },
      { name: 'test-nozzles', fn: this.testNozzles.bind(this) },
      { name: 'open-gates', fn: () => this.hw.openYardGates() },
    ];
  }

  private async primeHoppers(): Promise<void> {
    const kg = await this.hw.primeHoppers();
    if (kg < 500) throw new Error(`only ${kg} kg of sand in the depot silo`);
  }

  private async testNozzles(): Promise<void> {
    const blocked = await this.hw.testSandNozzles();
    if (blocked.length > 0) throw new Error(`blocked nozzles: ${blocked.join(', ')}`);
  }

  async run(): Promise<string[]> {
    for (const step of this.steps) {
      await step.fn();
      this.completed.push(step.name);
    }
    return this.completed;
  }
}

describe('DepotBoot', () => {
  let hw: { primeHoppers: ReturnType<typeof vi.fn>; testSandNozzles: ReturnType<typeof vi.fn>; openYardGates: ReturnType<typeof vi.fn> };

  beforeEach(() => {
    hw = {
      primeHoppers: vi.fn(async () => 1_200),
      testSandNozzles: vi.fn(async () => []),
      openYardGates: vi.fn(async () => undefined),
    };
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('runs every step in order', async () => {
    const boot = new DepotBoot(hw as unknown as DepotHardware);
    await expect(boot.run()).resolves.toEqual(['prime-hoppers', 'test-nozzles', 'open-gates']);
    expect(hw.primeHoppers).toHaveBeenCalledOnce();
    expect(hw.openYardGates).toHaveBeenCalledOnce();
  });

  it('stops before opening the gates when a nozzle is blocked', async () => {
    hw.testSandNozzles.mockResolvedValueOnce(['T4-L2']);
    const boot = new DepotBoot(hw as unknown as DepotHardware);
    await expect(boot.run()).rejects.toThrow('blocked nozzles: T4-L2');
    expect(boot.completed).toEqual(['prime-hoppers']);
    expect(hw.openYardGates).not.toHaveBeenCalled();
  });

  it('refuses to boot with an almost empty silo', async () => {
    hw.primeHoppers.mockResolvedValueOnce(120);
    const boot = new DepotBoot(hw as unknown as DepotHardware);
    await expect(boot.run()).rejects.toThrow(/only 120 kg/);
    expect(hw.testSandNozzles).not.toHaveBeenCalled();
  });
});

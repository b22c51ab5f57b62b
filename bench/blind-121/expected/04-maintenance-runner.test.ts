// expect: none
// The step list holds arrow functions that the runner invokes with step.run() and awaits one by one, so each async method is actually called and its promise awaited.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface EscalatorControls {
  lockOut(unitId: string): Promise<void>;
  inspectCombPlates(unitId: string): Promise<string[]>;
  lubricateChain(unitId: string, ml: number): Promise<void>;
  release(unitId: string): Promise<void>;
}

interface Step {
  name: string;
  run: () => Promise<unknown>;
}

class MaintenanceRunner {
  readonly completed: string[] = [];

  constructor(private readonly controls: EscalatorControls) {}

  stepsFor(unitId: string): Step[] {
    return [
      { name: 'lock-out', run: () => this.controls.lockOut(unitId) },
      { name: 'comb-plates', run: () => this.controls.inspectCombPlates(unitId) },
      { name: 'lubricate', run: () => this.controls.lubricateChain(unitId, 120) },
    ];
  }

  async service(unitId: string): Promise<string[]> {
    try {
      for (const step of this.stepsFor(unitId)) {
        await step.run();
        this.completed.push(step.name);
      }
    } finally {
      await this.controls.release(unitId);
    }
    return this.completed;
  }
}

describe('MaintenanceRunner', () => {
  let controls: { [K in keyof EscalatorControls]: ReturnType<typeof vi.fn> };
  let runner: MaintenanceRunner;

  beforeEach(() => {
    controls = {
      lockOut: vi.fn().mockResolvedValue(undefined),
      inspectCombPlates: vi.fn().mockResolvedValue(['tooth 14 chipped']),
      lubricateChain: vi.fn().mockResolvedValue(undefined),
      release: vi.fn().mockResolvedValue(undefined),
    };
    runner = new MaintenanceRunner(controls as unknown as EscalatorControls);
  });

  afterEach(() => {
    vi.resetAllMocks();
  });

  it('runs every step in order and releases the unit', async () => {
    const done = await runner.service('ESC-31');
    expect(done).toEqual(['lock-out', 'comb-plates', 'lubricate']);
    expect(controls.lubricateChain).toHaveBeenCalledWith('ESC-31', 120);
    expect(controls.release).toHaveBeenCalledTimes(1);
    expect(controls.lockOut.mock.invocationCallOrder[0]).toBeLessThan(
      controls.inspectCombPlates.mock.invocationCallOrder[0],
    );
  });

  it('stops at a failing step but still releases the lock-out', async () => {
    controls.inspectCombPlates.mockRejectedValue(new Error('comb plate sensor offline'));
    await expect(runner.service('ESC-31')).rejects.toThrow('comb plate sensor offline');
    expect(runner.completed).toEqual(['lock-out']);
    expect(controls.lubricateChain).not.toHaveBeenCalled();
    expect(controls.release).toHaveBeenCalledWith('ESC-31');
  });

  it('does not start the next step until the previous one settles', async () => {
    let finishLockOut!: () => void;
    controls.lockOut.mockImplementation(() => new Promise<void>((resolve) => (finishLockOut = resolve)));
    const servicing = runner.service('ESC-8');
    expect(controls.lockOut).toHaveBeenCalledWith('ESC-8');
    expect(controls.inspectCombPlates).not.toHaveBeenCalled();
    finishLockOut();
    await servicing;
    expect(controls.inspectCombPlates).toHaveBeenCalledWith('ESC-8');
  });
});

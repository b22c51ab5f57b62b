// expect: no-unobserved-promise
// The test starts both inspections up front and awaits the first before attaching any handler to the second, so the second's rejection (which happens earlier) sits unobserved.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';

interface GripReading {
  chairId: string;
  slipForceKn: number;
}

interface GripTester {
  measure(chairId: string): Promise<number>;
}

class ChairInspectionService {
  constructor(
    private readonly tester: GripTester,
    private readonly minSlipForceKn: number,
  ) {}

  async inspect(chairId: string): Promise<GripReading> {
    const slipForceKn = await this.tester.measure(chairId);
    if (slipForceKn < this.minSlipForceKn) {
      throw new Error(`chair ${chairId} grip below limit: ${slipForceKn} kN`);
    }
    return { chairId, slipForceKn };
  }
}

describe('ChairInspectionService', () => {
  let forces: Map<string, { kn: number; delayMs: number }>;
  let service: ChairInspectionService;

  beforeEach(() => {
    forces = new Map([
      ['C-014', { kn: 7.2, delayMs: 40 }],
      ['C-015', { kn: 3.1, delayMs: 5 }],
      ['C-016', { kn: 6.8, delayMs: 10 }],
    ]);
    const tester: GripTester = {
      measure: vi.fn(async (chairId: string) => {
        const entry = forces.get(chairId);
        if (!entry) throw new Error(`unknown chair ${chairId}`);
        await sleep(entry.delayMs);
        return entry.kn;
      }),
    };
    service = new ChairInspectionService(tester, 5);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('passes a chair whose grip is above the limit', async () => {
    await expect(service.inspect('C-016')).resolves.toEqual({ chairId: 'C-016', slipForceKn: 6.8 });
  });

  it('checks neighbouring chairs on the same haul rope independently', async () => {
    const first = service.inspect('C-014');
    const second = service.inspect('C-015');

    expect(await first).toEqual({ chairId: 'C-014', slipForceKn: 7.2 });
    await expect(second).rejects.toThrow(/C-015 grip below limit/);
  });

  it('rejects chairs the tester does not know', async () => {
    await expect(service.inspect('C-999')).rejects.toThrow('unknown chair C-999');
  });
});

// expect: no-unobserved-promise
// The "runs in parallel" test starts every inspection, then awaits the stored promises one by one; a later one that rejects while an earlier one is pending has no handler yet.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface BladeReport {
  turbineId: string;
  blade: 'A' | 'B' | 'C';
  leadingEdgeErosion: number;
  cracks: number;
}

class InspectionService {
  private open = false;
  constructor(private readonly drone: { scan(turbineId: string, blade: string): Promise<BladeReport> }) {}

  async start() {
    await sleep(1);
    this.open = true;
  }

  async close() {
    this.open = false;
  }

  async inspect(turbineId: string): Promise<BladeReport[]> {
    if (!this.open) throw new Error('inspection service not started');
    const out: BladeReport[] = [];
    for (const blade of ['A', 'B', 'C'] as const) {
      out.push(await this.drone.scan(turbineId, blade));
    }
    return out;
  }
}

describe('InspectionService', () => {
  let scan: ReturnType<typeof mock.fn<(turbineId: string, blade: string) => Promise<BladeReport>>>;
  let service: InspectionService;

  beforeEach(async () => {
    scan = mock.fn(async (turbineId: string, blade: string) => {
      await sleep(turbineId === 'WT-03' ? 20 : 5);
      return { turbineId, blade: blade as BladeReport['blade'], leadingEdgeErosion: 0.1, cracks: 0 };
    });
    service = new InspectionService({ scan });
    await service.start();
  });

  afterEach(async () => {
    await service.close();
  });

  it('scans all three blades', async () => {
    const reports = await service.inspect('WT-01');
    assert.deepEqual(
      reports.map((r) => r.blade),
      ['A', 'B', 'C'],
    );
    assert.equal(scan.mock.callCount(), 3);
  });

  it('inspects several turbines in parallel', async () => {
    const turbines = ['WT-03', 'WT-04', 'WT-05', 'WT-06'];
    const pending = turbines.map((id) => service.inspect(id));
    const results: BladeReport[][] = [];
    for (const p of pending) {
      results.push(await p);
    }
    assert.equal(results.length, 4);
    assert.equal(scan.mock.callCount(), 12);
  });

  it('propagates drone failures', async () => {
    scan.mock.mockImplementation(async () => {
      throw new Error('gimbal fault');
    });
    await assert.rejects(service.inspect('WT-09'), /gimbal fault/);
  });
});

// expect: none
// Both casts are started and then joined with a single Promise.all, so each promise has a handler before anything else is awaited, and the service is awaited closed in teardown.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface Mould {
  bellId: string;
  weightKg: number;
  alloy: 'bell-bronze' | 'brass';
}

interface Furnace {
  melt(kg: number): Promise<number>;
  shutdown(): Promise<void>;
}

class CastingService {
  private poured: string[] = [];
  private closed = false;

  constructor(private readonly furnace: Furnace) {}

  async cast(mould: Mould): Promise<string> {
    if (this.closed) throw new Error('casting service is closed');
    const tempC = await this.furnace.melt(mould.weightKg * 1.1);
    if (mould.alloy === 'bell-bronze' && tempC < 1_100) {
      throw new Error(`${mould.bellId}: melt only reached ${tempC}C`);
    }
    this.poured.push(mould.bellId);
    return `${mould.bellId}@${tempC}`;
  }

  history(): readonly string[] {
    return this.poured;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.furnace.shutdown();
  }
}

describe('CastingService', () => {
  let melt: ReturnType<typeof mock.fn<Furnace['melt']>>;
  let shutdown: ReturnType<typeof mock.fn<Furnace['shutdown']>>;
  let service: CastingService;

  beforeEach(() => {
    melt = mock.fn<Furnace['melt']>(async () => 1_150);
    shutdown = mock.fn<Furnace['shutdown']>(async () => {});
    service = new CastingService({ melt, shutdown });
  });

  afterEach(async () => {
    await service.close();
    mock.restoreAll();
  });

  it('casts a treble and a tenor side by side', async () => {
    const treble = service.cast({ bellId: 'treble', weightKg: 180, alloy: 'bell-bronze' });
    const tenor = service.cast({ bellId: 'tenor', weightKg: 1_250, alloy: 'bell-bronze' });
    const [a, b] = await Promise.all([treble, tenor]);
    assert.equal(a, 'treble@1150');
    assert.equal(b, 'tenor@1150');
    assert.equal(melt.mock.callCount(), 2);
    assert.deepEqual(service.history(), ['treble', 'tenor']);
  });

  it('rejects a cold bronze pour', async () => {
    melt.mock.mockImplementation(async () => 1_040);
    await assert.rejects(service.cast({ bellId: 'sanctus', weightKg: 60, alloy: 'bell-bronze' }), /only reached 1040C/);
    assert.deepEqual(service.history(), []);
  });

  it('accepts brass at a lower temperature', async () => {
    melt.mock.mockImplementation(async () => 950);
    assert.equal(await service.cast({ bellId: 'handbell-c5', weightKg: 1, alloy: 'brass' }), 'handbell-c5@950');
  });

  it('refuses work after close and shuts the furnace once per close', async () => {
    await service.close();
    await assert.rejects(service.cast({ bellId: 'late', weightKg: 10, alloy: 'brass' }), /closed/);
    assert.equal(shutdown.mock.callCount(), 1);
  });
});

// expect: none
// Every promise the tests start is handed straight to await or Promise.all together with the timer tick that drives it, so a failing check rejects into an assertion rather than becoming an unhandled rejection.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface RigPoint {
  id: string;
  ratedKg: number;
  lastServiced: number;
}

interface LoadTester {
  pull(pointId: string, kg: number): Promise<number>;
}

class RiggingAudit {
  private closed = false;

  constructor(private readonly tester: LoadTester, private readonly settleMs = 250) {}

  async check(point: RigPoint): Promise<{ id: string; stretchMm: number }> {
    if (this.closed) throw new Error('audit closed');
    const stretchMm = await this.tester.pull(point.id, point.ratedKg * 1.25);
    await new Promise<void>((resolve) => setTimeout(resolve, this.settleMs));
    if (stretchMm > 12) throw new Error(`${point.id} stretched ${stretchMm}mm under proof load`);
    return { id: point.id, stretchMm };
  }

  async checkAll(points: RigPoint[]): Promise<string[]> {
    const results = await Promise.all(points.map((p) => this.check(p)));
    return results.map((r) => r.id);
  }

  close(): void {
    this.closed = true;
  }
}

async function flushThenTick(ms: number): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  mock.timers.tick(ms);
}

describe('RiggingAudit', () => {
  let pull: ReturnType<typeof mock.fn<LoadTester['pull']>>;
  let audit: RiggingAudit;
  const points: RigPoint[] = [
    { id: 'lyra-1', ratedKg: 400, lastServiced: 0 },
    { id: 'cradle-2', ratedKg: 900, lastServiced: 0 },
  ];

  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout'] });
    pull = mock.fn<LoadTester['pull']>(async () => 4);
    audit = new RiggingAudit({ pull });
  });

  afterEach(() => {
    audit.close();
    mock.timers.reset();
    mock.restoreAll();
  });

  it('proof-loads each point at 125% of its rating', async () => {
    const [ids] = await Promise.all([audit.checkAll(points), flushThenTick(250)]);
    assert.deepEqual(ids, ['lyra-1', 'cradle-2']);
    assert.deepEqual(
      pull.mock.calls.map((c) => c.arguments),
      [['lyra-1', 500], ['cradle-2', 1125]],
    );
  });

  it('fails a point that stretches past the limit', async () => {
    pull.mock.mockImplementation(async (id) => (id === 'cradle-2' ? 15 : 3));
    await Promise.all([
      assert.rejects(audit.checkAll(points), /cradle-2 stretched 15mm/),
      flushThenTick(250),
    ]);
  });

  it('refuses to check after the audit is closed', async () => {
    audit.close();
    await assert.rejects(audit.check(points[0]), /audit closed/);
    assert.equal(pull.mock.callCount(), 0);
  });
});

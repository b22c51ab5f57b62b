// expect: none
// Every assertion on the async permit checks awaits the result first, so the tests compare booleans and objects rather than pending promises.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface BlastPermit {
  permitId: string;
  bench: string;
  maxChargeKgPerDelay: number;
  validFrom: Date;
  validTo: Date;
  allowedHours: [number, number];
}

interface PermitSource {
  permitsFor(bench: string): Promise<BlastPermit[]>;
}

class PermitRegistry {
  constructor(private readonly source: PermitSource) {}

  async activePermit(bench: string, at: Date): Promise<BlastPermit | undefined> {
    const permits = await this.source.permitsFor(bench);
    return permits.find((p) => p.validFrom <= at && at <= p.validTo);
  }

  async isPermitted(bench: string, at: Date, chargeKgPerDelay: number): Promise<boolean> {
    const permit = await this.activePermit(bench, at);
    if (!permit) return false;
    const hour = at.getUTCHours();
    const [from, to] = permit.allowedHours;
    return hour >= from && hour < to && chargeKgPerDelay <= permit.maxChargeKgPerDelay;
  }
}

describe('PermitRegistry', () => {
  let registry: PermitRegistry;
  let lookups = 0;

  before(() => {
    const permits: BlastPermit[] = [
      {
        permitId: 'QP-2024-117',
        bench: 'east-3',
        maxChargeKgPerDelay: 42,
        validFrom: new Date('2024-05-01T00:00:00Z'),
        validTo: new Date('2024-08-31T23:59:59Z'),
        allowedHours: [10, 16],
      },
    ];
    registry = new PermitRegistry({
      async permitsFor(bench) {
        lookups++;
        return permits.filter((p) => p.bench === bench);
      },
    });
  });

  after(() => {
    lookups = 0;
  });

  test('permits a blast within hours and charge limit', async () => {
    const ok = await registry.isPermitted('east-3', new Date('2024-06-12T11:30:00Z'), 38);
    assert.equal(ok, true);
  });

  test('refuses a blast outside the permitted hours', async () => {
    assert.equal(await registry.isPermitted('east-3', new Date('2024-06-12T17:05:00Z'), 38), false);
  });

  test('refuses an over-charged delay', async () => {
    assert.equal(await registry.isPermitted('east-3', new Date('2024-06-12T11:30:00Z'), 55), false);
  });

  test('refuses benches without a permit', async () => {
    assert.equal(await registry.isPermitted('west-1', new Date('2024-06-12T11:30:00Z'), 10), false);
    assert.equal(await registry.activePermit('west-1', new Date('2024-06-12T11:30:00Z')), undefined);
  });

  test('finds the active permit by date', async () => {
    const permit = await registry.activePermit('east-3', new Date('2024-07-01T12:00:00Z'));
    assert.ok(permit);
    assert.equal(permit.permitId, 'QP-2024-117');
    assert.ok(lookups > 0);
  });
});

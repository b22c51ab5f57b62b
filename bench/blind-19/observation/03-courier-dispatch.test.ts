// expect: none
// The allSettled results are split into fulfilled and rejected entries and the rejection reasons are asserted on.
import assert from 'node:assert/strict';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;

interface BloodUnit {
  unitId: string;
  group: 'O-' | 'O+' | 'A-' | 'A+' | 'B-' | 'B+' | 'AB-' | 'AB+';
  expiresAt: number;
}

interface CourierLeg {
  hospital: string;
  units: BloodUnit[];
}

class ColdChainError extends Error {
  constructor(
    readonly hospital: string,
    readonly tempC: number,
  ) {
    super(`cold chain breach en route to ${hospital}: ${tempC}°C`);
  }
}

class FakeCourierFleet {
  readonly delivered: string[] = [];
  breachAt = new Set<string>();

  async dispatch(leg: CourierLeg): Promise<{ hospital: string; count: number }> {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (this.breachAt.has(leg.hospital)) {
      throw new ColdChainError(leg.hospital, 9.4);
    }
    this.delivered.push(leg.hospital);
    return { hospital: leg.hospital, count: leg.units.length };
  }
}

function unit(id: string, group: BloodUnit['group']): BloodUnit {
  return { unitId: id, group, expiresAt: Date.now() + 86_400_000 };
}

describe('courier dispatch round', () => {
  let fleet: FakeCourierFleet;
  let legs: CourierLeg[];

  beforeEach(() => {
    fleet = new FakeCourierFleet();
    legs = [
      { hospital: 'St Brigid', units: [unit('U1', 'O-'), unit('U2', 'O-')] },
      { hospital: 'Northgate', units: [unit('U3', 'AB+')] },
      { hospital: 'Riverside', units: [unit('U4', 'A+'), unit('U5', 'B-')] },
    ];
  });

  it('keeps delivering other legs when one breaches the cold chain', async () => {
    fleet.breachAt.add('Northgate');

    const results = await Promise.allSettled(legs.map((leg) => fleet.dispatch(leg)));

    const ok = results.filter((r): r is PromiseFulfilledResult<{ hospital: string; count: number }> => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');

    assert.equal(ok.length, 2);
    assert.deepEqual(ok.map((r) => r.value.hospital).sort(), ['Riverside', 'St Brigid']);
    assert.equal(failed.length, 1);
    assert.ok(failed[0].reason instanceof ColdChainError);
    assert.equal((failed[0].reason as ColdChainError).hospital, 'Northgate');
  });

  it('delivers every leg on a clean run', async () => {
    const results = await Promise.allSettled(legs.map((leg) => fleet.dispatch(leg)));
    for (const r of results) {
      assert.equal(r.status, 'fulfilled', r.status === 'rejected' ? String(r.reason) : '');
    }
    assert.deepEqual(fleet.delivered.sort(), ['Northgate', 'Riverside', 'St Brigid']);
  });
});

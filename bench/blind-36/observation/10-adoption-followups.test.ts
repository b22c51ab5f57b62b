// expect: none
// Every promise in the hooks and tests is awaited: the async map goes straight into Promise.all, the loop awaits each call, and the early-started fetch is awaited before anything else.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';

interface Adoption {
  adoptionId: string;
  dogName: string;
  family: string;
  adoptedOn: string;
}

interface FollowUp {
  adoptionId: string;
  dueOn: string;
  kind: 'phone-call' | 'home-visit' | 'vet-record';
  done: boolean;
}

interface KennelTestDb {
  reset(): Promise<void>;
  insertAdoption(a: Adoption): Promise<void>;
  disconnect(): Promise<void>;
}

declare function connectKennelDb(name: string): Promise<KennelTestDb>;

declare const followUps: {
  schedule(adoptionId: string): Promise<FollowUp[]>;
  complete(adoptionId: string, kind: FollowUp['kind']): Promise<FollowUp>;
  pending(onDate: string): Promise<FollowUp[]>;
};

const adoptions: Adoption[] = [
  { adoptionId: 'AD-301', dogName: 'Pepper', family: 'Okafor', adoptedOn: '2024-05-02' },
  { adoptionId: 'AD-302', dogName: 'Moss', family: 'Lindqvist', adoptedOn: '2024-05-09' },
  { adoptionId: 'AD-303', dogName: 'Juno', family: 'Ferreira', adoptedOn: '2024-05-20' },
];

describe('adoption follow-ups', () => {
  let db: KennelTestDb;

  beforeEach(async () => {
    db = await connectKennelDb('kennel_followups_test');
    await db.reset();
    for (const adoption of adoptions) {
      await db.insertAdoption(adoption);
    }
  });

  afterEach(async () => {
    await db.disconnect();
  });

  it('schedules a call, a visit and a vet check for every adoption', async () => {
    const schedules = await Promise.all(
      adoptions.map(async (adoption) => {
        const items = await followUps.schedule(adoption.adoptionId);
        return items.map((item) => item.kind).sort();
      }),
    );
    for (const kinds of schedules) {
      assert.deepEqual(kinds, ['home-visit', 'phone-call', 'vet-record']);
    }
  });

  it('drops completed follow-ups from the pending list', async () => {
    const scheduled = followUps.schedule('AD-302');
    const items = await scheduled;
    assert.equal(items.length, 3);

    await followUps.complete('AD-302', 'phone-call');
    const pending = await followUps.pending('2024-12-31');
    const forMoss = pending.filter((f) => f.adoptionId === 'AD-302');
    assert.deepEqual(forMoss.map((f) => f.kind).sort(), ['home-visit', 'vet-record']);
  });

  it('rejects completing a follow-up that was never scheduled', async () => {
    await assert.rejects(followUps.complete('AD-999', 'home-visit'), /unknown adoption/);
  });

  it('orders pending follow-ups by due date', async () => {
    for (const adoption of adoptions) {
      await followUps.schedule(adoption.adoptionId);
    }
    const pending = await followUps.pending('2024-12-31');
    const dueDates = pending.map((f) => f.dueOn);
    assert.deepEqual(dueDates, [...dueDates].sort());
  });
});

// expect: none
// Correct: every promise from the blood bank is awaited before assertions, and the rejection case hands the promise to expect(...).rejects on purpose.
import { randomUUID } from 'node:crypto';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void> };
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

type AboGroup = 'O' | 'A' | 'B' | 'AB';
type Rh = '+' | '-';

interface BloodUnit {
  unitId: string;
  abo: AboGroup;
  rh: Rh;
  expiresAt: Date;
}

interface BloodBank {
  receive(unit: BloodUnit): Promise<void>;
  allocate(patientId: string, abo: AboGroup, rh: Rh): Promise<BloodUnit>;
  isQuarantined(unitId: string): Promise<boolean>;
  quarantine(unitId: string, reason: string): Promise<void>;
  available(): Promise<BloodUnit[]>;
}

declare function createBloodBank(opts: { now: () => Date }): BloodBank;

const now = new Date('2024-03-01T08:00:00Z');
const inDays = (d: number) => new Date(now.getTime() + d * 86_400_000);

function unit(abo: AboGroup, rh: Rh, days = 20): BloodUnit {
  return { unitId: randomUUID(), abo, rh, expiresAt: inDays(days) };
}

describe('crossmatch allocation', () => {
  let bank: BloodBank;

  beforeEach(async () => {
    bank = createBloodBank({ now: () => now });
    await bank.receive(unit('A', '+'));
    await bank.receive(unit('O', '-', 3));
    await bank.receive(unit('O', '-', 30));
  });

  it('prefers the unit closest to expiry among compatible groups', async () => {
    const allocated = await bank.allocate('PT-1001', 'AB', '-');
    expect(allocated.abo).toBe('O');
    expect(allocated.expiresAt).toEqual(inDays(3));
  });

  it('never hands out a quarantined unit', async () => {
    const stock = await bank.available();
    const oNeg = stock.filter((u) => u.abo === 'O' && u.rh === '-');
    for (const u of oNeg) {
      await bank.quarantine(u.unitId, 'positive bacterial screen');
    }
    expect(await bank.isQuarantined(oNeg[0].unitId)).toBe(true);
    await expect(bank.allocate('PT-1002', 'O', '-')).rejects.toThrow(/no compatible unit/i);
  });

  it('keeps non-quarantined stock available', async () => {
    const before = await bank.available();
    await bank.allocate('PT-1003', 'A', '+');
    const after = await bank.available();
    expect(after).toHaveLength(before.length - 1);
    await expect(bank.isQuarantined(before[0].unitId)).resolves.toBe(false);
  });
});

// expect: no-uncalled-async-function
// Bug: beforeEach awaits the resetBank method reference instead of calling it, so the locker bank is never reset between tests.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function afterAll(fn: () => Promise<void> | void): void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeNull(): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

type LockerSize = 'S' | 'M' | 'L';

interface Allocation {
  lockerId: string;
  size: LockerSize;
  pickupCode: string;
}

declare const lockerBank: {
  resetBank(): Promise<void>;
  close(): Promise<void>;
  allocate(parcel: { trackingNo: string; size: LockerSize }): Promise<Allocation | null>;
  release(lockerId: string, pickupCode: string): Promise<void>;
  freeCount(size: LockerSize): Promise<number>;
};

const TOTAL = { S: 12, M: 8, L: 4 } as const;

function parcel(n: number, size: LockerSize) {
  return { trackingNo: `DX${String(n).padStart(9, '0')}`, size };
}

describe('locker allocation', () => {
  beforeEach(async () => {
    await lockerBank.resetBank;
  });

  afterAll(async () => {
    await lockerBank.close();
  });

  it('assigns a locker of the requested size', async () => {
    const allocation = await lockerBank.allocate(parcel(1, 'M'));
    expect(allocation?.size).toBe('M');
    expect(await lockerBank.freeCount('M')).toBe(TOTAL.M - 1);
  });

  it('returns null when every large locker is occupied', async () => {
    for (let i = 0; i < TOTAL.L; i++) {
      await lockerBank.allocate(parcel(100 + i, 'L'));
    }
    expect(await lockerBank.allocate(parcel(200, 'L'))).toBeNull();
  });

  it('frees the locker after pickup with the right code', async () => {
    const allocation = await lockerBank.allocate(parcel(300, 'S'));
    if (!allocation) throw new Error('expected a small locker');
    await lockerBank.release(allocation.lockerId, allocation.pickupCode);
    expect(await lockerBank.freeCount('S')).toBe(TOTAL.S);
  });

  it('refuses a pickup with a wrong code', async () => {
    const allocation = await lockerBank.allocate(parcel(400, 'S'));
    if (!allocation) throw new Error('expected a small locker');
    await expect(lockerBank.release(allocation.lockerId, '000000')).rejects.toThrow(/pickup code/);
  });
});

// expect: no-uncalled-async-function
// beforeEach puts scaleRegistry.clear (the function) into Promise.all instead of calling it, so registered scales leak between tests.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeCloseTo(expected: number, digits?: number): void;
  toHaveLength(length: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface Scale {
  scaleId: string;
  stall: string;
  capacityG: number;
  lastCertifiedAt: string;
  driftG: number;
}

interface Sale {
  scaleId: string;
  spice: string;
  grossG: number;
  tareG: number;
  pricePerKg: number;
}

declare const ledger: {
  reset(): Promise<void>;
  record(sale: Sale): Promise<{ netG: number; charged: number }>;
  totals(stall: string): Promise<{ sales: number; revenue: number }>;
};

declare const scaleRegistry: {
  clear(): Promise<void>;
  register(scale: Scale): Promise<void>;
  list(stall?: string): Promise<Scale[]>;
  certify(scaleId: string, referenceMassG: number, readingG: number): Promise<Scale>;
};

const cuminStall: Scale = {
  scaleId: 'S-14',
  stall: 'cumin-and-coriander',
  capacityG: 5000,
  lastCertifiedAt: '2024-03-01',
  driftG: 0,
};

describe('spice market scale ledger', () => {
  beforeEach(async () => {
    await Promise.all([ledger.reset(), scaleRegistry.clear]);
    await scaleRegistry.register(cuminStall);
  });

  it('charges on net weight after tare', async () => {
    const result = await ledger.record({
      scaleId: 'S-14',
      spice: 'cumin seed',
      grossG: 1250,
      tareG: 50,
      pricePerKg: 18,
    });
    expect(result.netG).toBe(1200);
    expect(result.charged).toBeCloseTo(21.6, 2);
  });

  it('refuses sales over the scale capacity', async () => {
    await expect(
      ledger.record({ scaleId: 'S-14', spice: 'coriander', grossG: 6200, tareG: 0, pricePerKg: 9 }),
    ).rejects.toThrow(/capacity/);
  });

  it('records drift found during certification', async () => {
    const certified = await scaleRegistry.certify('S-14', 1000, 1003.5);
    expect(certified.driftG).toBeCloseTo(3.5, 1);
  });

  it('lists only the scales registered for this test', async () => {
    await scaleRegistry.register({ ...cuminStall, scaleId: 'S-15', stall: 'saffron-corner', capacityG: 500 });
    const scales = await scaleRegistry.list();
    expect(scales).toHaveLength(2);
    expect(scales.map((s) => s.scaleId).sort()).toEqual(['S-14', 'S-15']);
  });

  it('totals revenue per stall', async () => {
    await ledger.record({ scaleId: 'S-14', spice: 'cumin seed', grossG: 500, tareG: 0, pricePerKg: 18 });
    await ledger.record({ scaleId: 'S-14', spice: 'coriander', grossG: 250, tareG: 0, pricePerKg: 9 });
    const totals = await ledger.totals('cumin-and-coriander');
    expect(totals).toEqual({ sales: 2, revenue: 11.25 });
  });
});

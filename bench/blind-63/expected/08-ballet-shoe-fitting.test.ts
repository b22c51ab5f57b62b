// expect: no-uncalled-async-function
// The beforeEach hook's then-callback returns seedLasts instead of calling it, so tests run before the last fixtures exist.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(length: number): void;
};

interface Last {
  lastId: string;
  euSize: number;
  widthFitting: 'narrow' | 'medium' | 'wide';
  vamp: 'short' | 'medium' | 'long';
}

interface Dancer {
  dancerId: string;
  footLengthMm: number;
  metatarsalWidthMm: number;
  archFlex: 'low' | 'medium' | 'high';
}

declare const workshopDb: {
  truncate(table: 'lasts' | 'fittings'): Promise<void>;
  insertLasts(lasts: Last[]): Promise<void>;
};

declare function recommendLast(dancer: Dancer): Promise<Last | null>;

const LAST_FIXTURES: Last[] = [
  { lastId: 'L-36-N-S', euSize: 36, widthFitting: 'narrow', vamp: 'short' },
  { lastId: 'L-37-M-M', euSize: 37, widthFitting: 'medium', vamp: 'medium' },
  { lastId: 'L-38-W-L', euSize: 38, widthFitting: 'wide', vamp: 'long' },
  { lastId: 'L-38-M-M', euSize: 38, widthFitting: 'medium', vamp: 'medium' },
];

async function seedLasts(): Promise<void> {
  await workshopDb.insertLasts(LAST_FIXTURES);
}

function resetWorkshop(): Promise<unknown> {
  return Promise.all([workshopDb.truncate('lasts'), workshopDb.truncate('fittings')]).then(() => seedLasts);
}

describe('pointe shoe last recommendation', () => {
  beforeEach(() => resetWorkshop());

  it('picks a narrow short-vamp last for a slim foot with a flexible arch', async () => {
    const last = await recommendLast({
      dancerId: 'd-101',
      footLengthMm: 232,
      metatarsalWidthMm: 84,
      archFlex: 'high',
    });
    expect(last?.lastId).toBe('L-36-N-S');
  });

  it('prefers a long vamp when the arch is stiff', async () => {
    const last = await recommendLast({
      dancerId: 'd-102',
      footLengthMm: 246,
      metatarsalWidthMm: 98,
      archFlex: 'low',
    });
    expect(last).toEqual(LAST_FIXTURES[2]);
  });

  it('returns null when no last is within half a size', async () => {
    const last = await recommendLast({
      dancerId: 'd-103',
      footLengthMm: 275,
      metatarsalWidthMm: 101,
      archFlex: 'medium',
    });
    expect(last).toBe(null);
  });
});

// expect: no-promise-as-value
// The PET diverter test asserts isDiverting(...) without awaiting it, so toBeTruthy checks a Promise and passes whether or not the gate moved.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(v: unknown): void;
  toBeTruthy(): void;
  toBeFalsy(): void;
  toEqual(v: unknown): void;
};

type Material = 'pet' | 'hdpe' | 'aluminium' | 'steel' | 'cardboard' | 'film';

interface ItemScan {
  itemId: string;
  material: Material;
  confidence: number;
  beltPositionMm: number;
}

interface SortLine {
  reset(): Promise<void>;
  feed(scan: ItemScan): Promise<void>;
  isDiverting(material: Material): Promise<boolean>;
  binCount(material: Material): Promise<number>;
  rejectedCount(): Promise<number>;
}

declare function connectSortLine(line: string, opts: { airJetPsi: number; minConfidence: number }): Promise<SortLine>;

function scan(itemId: string, material: Material, confidence = 0.95, beltPositionMm = 0): ItemScan {
  return { itemId, material, confidence, beltPositionMm };
}

describe('optical sorter diverter gates', () => {
  let line: SortLine;

  beforeEach(async () => {
    line = await connectSortLine('line-2', { airJetPsi: 80, minConfidence: 0.8 });
    await line.reset();
  });

  it('routes PET bottles to the PET bin', async () => {
    await line.feed(scan('bottle-1', 'pet'));
    await line.feed(scan('bottle-2', 'pet', 0.91, 40));
    expect(await line.binCount('pet')).toBe(2);
  });

  it('opens the PET gate while a bottle is under the air jets', async () => {
    await line.feed(scan('bottle-3', 'pet', 0.97, 1_150));
    expect(line.isDiverting('pet')).toBeTruthy();
  });

  it('keeps the aluminium gate closed for steel cans', async () => {
    await line.feed(scan('can-1', 'steel', 0.93, 1_150));
    expect(await line.isDiverting('aluminium')).toBeFalsy();
    expect(await line.binCount('steel')).toBe(1);
  });

  it('sends low-confidence scans to the reject stream', async () => {
    await line.feed(scan('mystery-1', 'hdpe', 0.42));
    await line.feed(scan('film-1', 'film', 0.77));
    expect(await line.rejectedCount()).toBe(2);
    expect(await line.binCount('hdpe')).toBe(0);
  });

  it('counts mixed material per bin', async () => {
    const batch = [scan('a', 'cardboard'), scan('b', 'pet'), scan('c', 'cardboard'), scan('d', 'aluminium')];
    for (const item of batch) {
      await line.feed(item);
    }
    const counts = {
      cardboard: await line.binCount('cardboard'),
      pet: await line.binCount('pet'),
      aluminium: await line.binCount('aluminium'),
    };
    expect(counts).toEqual({ cardboard: 2, pet: 1, aluminium: 1 });
  });
});

// expect: no-floating-promises
// The afterEach hook deletes test mirrors with forEach(async ...), so the deletions are dropped and the hook finishes before (or without) them completing.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toBeLessThan(n: number): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};

interface MirrorBlank {
  id: string;
  diameterMm: number;
  thicknessMm: number;
  material: 'pyrex' | 'plate' | 'quartz';
}

interface FigureResult {
  mirrorId: string;
  sagittaMm: number;
  rmsWaveErrorNm: number;
}

declare const grindingLab: {
  createBlank(blank: Omit<MirrorBlank, 'id'>): Promise<MirrorBlank>;
  deleteBlank(id: string): Promise<void>;
  grind(id: string, focalLengthMm: number, grit: number[]): Promise<FigureResult>;
  blankExists(id: string): Promise<boolean>;
};

const created: string[] = [];

async function newBlank(diameterMm: number, material: MirrorBlank['material'] = 'pyrex'): Promise<MirrorBlank> {
  const blank = await grindingLab.createBlank({ diameterMm, thicknessMm: diameterMm / 6, material });
  created.push(blank.id);
  return blank;
}

function expectedSagitta(diameterMm: number, focalLengthMm: number): number {
  const r = diameterMm / 2;
  return (r * r) / (4 * focalLengthMm);
}

describe('mirror grinding', () => {
  beforeEach(() => {
    created.length = 0;
  });

  afterEach(() => {
    created.forEach(async (id) => {
      await grindingLab.deleteBlank(id);
    });
  });

  it('grinds an f/6 150 mm mirror to the expected sagitta', async () => {
    const blank = await newBlank(150);
    const result = await grindingLab.grind(blank.id, 900, [80, 120, 220, 400, 600]);
    expect(Math.abs(result.sagittaMm - expectedSagitta(150, 900))).toBeLessThan(0.02);
  });

  it('reaches quarter-wave accuracy on quartz with fine grits', async () => {
    const blank = await newBlank(200, 'quartz');
    const result = await grindingLab.grind(blank.id, 1200, [120, 220, 500, 800, 1000]);
    expect(result.rmsWaveErrorNm).toBeLessThan(137);
  });

  it('produces a deeper curve for a faster mirror', async () => {
    const a = await newBlank(150);
    const b = await newBlank(150);
    const slow = await grindingLab.grind(a.id, 1200, [80, 220, 600]);
    const fast = await grindingLab.grind(b.id, 600, [80, 220, 600]);
    expect(fast.sagittaMm).toBeGreaterThan(slow.sagittaMm);
  });

  it('rejects a focal length shorter than the blank diameter', async () => {
    const blank = await newBlank(250, 'plate');
    await expect(grindingLab.grind(blank.id, 200, [80])).rejects.toThrow(/focal length/);
    expect(await grindingLab.blankExists(blank.id)).toBe(true);
  });
});

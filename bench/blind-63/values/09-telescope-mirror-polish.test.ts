// expect: none
// Promises are only handed to expect(...).resolves/.rejects (which await them) or awaited before toBe/toEqual, never asserted as plain values.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

interface PolishSession {
  mirrorId: string;
  pitch: 'cerium-soft' | 'cerium-hard' | 'rouge';
  strokes: number;
  wPattern: boolean;
}

interface MirrorState {
  mirrorId: string;
  roughnessNm: number;
  turnedEdge: boolean;
  ronchiLines: number;
}

interface PolishingStation {
  reset(mirrorId: string, state: MirrorState): Promise<void>;
  polish(session: PolishSession): Promise<MirrorState>;
  isFinished(mirrorId: string): Promise<boolean>;
}

declare function createStation(): PolishingStation;

describe('mirror polishing station', () => {
  let station: PolishingStation;

  beforeEach(async () => {
    station = createStation();
    await station.reset('M-150', { mirrorId: 'M-150', roughnessNm: 120, turnedEdge: false, ronchiLines: 4 });
  });

  it('smooths the surface with a cerium pitch lap', async () => {
    const after = await station.polish({ mirrorId: 'M-150', pitch: 'cerium-soft', strokes: 2_000, wPattern: false });
    expect(after.roughnessNm < 120).toBe(true);
    expect(after.turnedEdge).toBe(false);
  });

  it('is not finished after a single short session', async () => {
    await station.polish({ mirrorId: 'M-150', pitch: 'cerium-soft', strokes: 300, wPattern: false });
    await expect(station.isFinished('M-150')).resolves.toBe(false);
  });

  it('turns the edge when W strokes overhang too long', async () => {
    const state = await station.polish({ mirrorId: 'M-150', pitch: 'cerium-hard', strokes: 6_000, wPattern: true });
    expect(state.turnedEdge).toBe(true);
    expect(state.ronchiLines).toBeGreaterThan(3);
  });

  it('is finished once roughness drops below 5nm', async () => {
    for (let i = 0; i < 6; i++) {
      await station.polish({ mirrorId: 'M-150', pitch: 'rouge', strokes: 4_000, wPattern: false });
    }
    expect(await station.isFinished('M-150')).toBe(true);
  });

  it('refuses to polish a mirror that was never reset', async () => {
    await expect(
      station.polish({ mirrorId: 'M-999', pitch: 'rouge', strokes: 10, wPattern: false }),
    ).rejects.toThrow(/unknown mirror/);
  });
});

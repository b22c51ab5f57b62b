// expect: no-floating-promises
// beforeEach seeds the beacons with forEach(async ...), so the inserts are dropped and the tests can run before the drill data exists.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(v: unknown): void;
  toEqual(v: unknown): void;
  toBeLessThan(v: number): void;
  toHaveLength(n: number): void;
};

interface BuriedBeacon {
  beaconId: string;
  depthCm: number;
  x: number;
  y: number;
  frequencyKhz: 457;
}

interface SearchAttempt {
  searcher: string;
  beaconId: string;
  signalAcquiredS: number;
  pinpointedS: number;
  probeStrikeS: number;
  shovelledOutS: number;
}

interface DrillDb {
  reset(): Promise<void>;
  insertBeacon(b: BuriedBeacon): Promise<void>;
  recordAttempt(a: SearchAttempt): Promise<void>;
  beacons(): Promise<BuriedBeacon[]>;
  scoreboard(): Promise<Array<{ searcher: string; totalS: number; found: number }>>;
}

declare function openDrillDb(name: string): Promise<DrillDb>;

const field: BuriedBeacon[] = [
  { beaconId: 'B-01', depthCm: 80, x: 12, y: 40, frequencyKhz: 457 },
  { beaconId: 'B-02', depthCm: 140, x: 33, y: 18, frequencyKhz: 457 },
  { beaconId: 'B-03', depthCm: 60, x: 51, y: 47, frequencyKhz: 457 },
];

function attempt(searcher: string, beaconId: string, shovelledOutS: number): SearchAttempt {
  return {
    searcher,
    beaconId,
    signalAcquiredS: Math.round(shovelledOutS * 0.15),
    pinpointedS: Math.round(shovelledOutS * 0.45),
    probeStrikeS: Math.round(shovelledOutS * 0.55),
    shovelledOutS,
  };
}

describe('avalanche beacon drill scoring', () => {
  let db: DrillDb;

  beforeEach(async () => {
    db = await openDrillDb('drill-test');
    await db.reset();
    field.forEach(async (beacon) => {
      await db.insertBeacon(beacon);
    });
  });

  it('places every training beacon in the debris field', async () => {
    const beacons = await db.beacons();
    expect(beacons).toHaveLength(3);
    expect(beacons.map((b) => b.beaconId).sort()).toEqual(['B-01', 'B-02', 'B-03']);
  });

  it('ranks searchers by total time to dig out all beacons', async () => {
    for (const a of [attempt('ana', 'B-01', 190), attempt('ana', 'B-02', 260), attempt('jonas', 'B-01', 240)]) {
      await db.recordAttempt(a);
    }
    const board = await db.scoreboard();
    expect(board[0]).toEqual({ searcher: 'ana', totalS: 450, found: 2 });
    expect(board[1].searcher).toBe('jonas');
  });

  it('keeps the deep beacon inside the five-minute target for a trained searcher', async () => {
    await db.recordAttempt(attempt('mette', 'B-02', 280));
    const board = await db.scoreboard();
    const mette = board.find((row) => row.searcher === 'mette');
    expect(mette?.totalS).toBeLessThan(300);
  });
});

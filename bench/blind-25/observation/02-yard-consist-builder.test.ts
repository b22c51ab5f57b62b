// expect: none
// Both lookups are started together and awaited through Promise.all, and every assert.rejects is awaited.
import assert from 'node:assert/strict';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => void): void;

interface Railcar {
  reportingMark: string;
  track: string;
  loaded: boolean;
  weightTons: number;
}

interface YardApi {
  carsOnTrack(track: string): Promise<Railcar[]>;
  hazmatPlacards(marks: string[]): Promise<Map<string, string>>;
}

interface Consist {
  trainId: string;
  cars: Railcar[];
  totalTons: number;
  hazmat: string[];
}

declare function buildConsist(yard: YardApi, trainId: string, tracks: string[]): Promise<Consist>;

function fakeYard(cars: Railcar[], placards: Record<string, string> = {}): YardApi {
  return {
    async carsOnTrack(track) {
      if (track === 'BAD') throw new Error(`track ${track} is out of service`);
      return cars.filter((c) => c.track === track);
    },
    async hazmatPlacards(marks) {
      return new Map(marks.filter((m) => m in placards).map((m) => [m, placards[m]]));
    },
  };
}

describe('buildConsist', () => {
  let cars: Railcar[];

  beforeEach(() => {
    cars = [
      { reportingMark: 'BNSF 401233', track: 'C4', loaded: true, weightTons: 118 },
      { reportingMark: 'UTLX 90211', track: 'C4', loaded: true, weightTons: 131 },
      { reportingMark: 'TTX 77412', track: 'C7', loaded: false, weightTons: 31 },
    ];
  });

  it('collects cars from several classification tracks', async () => {
    const yard = fakeYard(cars);
    const [east, west] = await Promise.all([
      buildConsist(yard, 'M-KCKBAR', ['C4']),
      buildConsist(yard, 'M-BARKCK', ['C7']),
    ]);

    assert.equal(east.cars.length, 2);
    assert.equal(west.cars.length, 1);
    assert.equal(east.totalTons + west.totalTons, 280);
  });

  it('lists placarded tank cars', async () => {
    const yard = fakeYard(cars, { 'UTLX 90211': 'UN1005' });
    const consist = await buildConsist(yard, 'U-TANK01', ['C4', 'C7']);
    assert.deepEqual(consist.hazmat, ['UTLX 90211']);
  });

  it('refuses to build from an out-of-service track', async () => {
    const yard = fakeYard(cars);
    await assert.rejects(buildConsist(yard, 'L-LOCAL2', ['C4', 'BAD']), /out of service/);
  });

  it('rejects an empty track list', async () => {
    await assert.rejects(() => buildConsist(fakeYard(cars), 'L-LOCAL3', []), {
      name: 'RangeError',
    });
  });
});

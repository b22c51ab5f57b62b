// expect: no-multiple-settle
// loadFrames calls reject(err) without returning, so on a read error execution falls through to resolve (and crashes on the undefined text).
import { readFile } from 'node:fs';
import { join } from 'node:path';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeCloseTo(expected: number, digits?: number): void;
  toBeUndefined(): void;
  toHaveLength(length: number): void;
};

interface TelemetryFrame {
  seq: number;
  t: number;
  altitudeM: number;
  pressureHpa: number;
  tempC: number;
  lat: number;
  lon: number;
}

interface BurstEvent {
  seq: number;
  altitudeM: number;
  ascentRateMs: number;
}

declare function detectBurst(frames: TelemetryFrame[]): BurstEvent | undefined;
declare function ascentRate(frames: TelemetryFrame[], window: number): number;
declare function dropGarbled(frames: TelemetryFrame[]): TelemetryFrame[];

const fixturesDir = join(__dirname, 'fixtures', 'flights');

function parseFrame(line: string): TelemetryFrame {
  const [seq, t, alt, p, temp, lat, lon] = line.split(',').map(Number);
  return { seq, t, altitudeM: alt, pressureHpa: p, tempC: temp, lat, lon };
}

function loadFrames(name: string): Promise<TelemetryFrame[]> {
  return new Promise((resolve, reject) => {
    readFile(join(fixturesDir, name), 'utf8', (err, text) => {
      if (err) {
        reject(err);
      }
      const lines = text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
      resolve(lines.map(parseFrame));
    });
  });
}

describe('balloon telemetry', () => {
  let svalbard: TelemetryFrame[];

  beforeEach(async () => {
    svalbard = await loadFrames('svalbard-2023-01-14.csv');
  });

  it('finds the burst at the altitude peak', () => {
    const burst = detectBurst(svalbard);
    const peak = svalbard.reduce((a, b) => (b.altitudeM > a.altitudeM ? b : a));
    expect(burst?.seq).toBe(peak.seq);
  });

  it('reports a nominal ascent rate before burst', () => {
    const ascending = svalbard.filter((f) => f.seq < (detectBurst(svalbard)?.seq ?? Infinity));
    expect(ascentRate(ascending, 30)).toBeCloseTo(5.1, 1);
  });

  it('does not report a burst for a flight that is still climbing', async () => {
    const climbing = await loadFrames('ny-alesund-partial.csv');
    expect(detectBurst(climbing)).toBeUndefined();
  });

  it('drops frames with impossible pressure readings', async () => {
    const noisy = await loadFrames('barrow-noisy.csv');
    const clean = dropGarbled(noisy);
    expect(clean.every((f) => f.pressureHpa > 0 && f.pressureHpa < 1100)).toBe(true);
    expect(clean).toHaveLength(noisy.length - 7);
  });
});

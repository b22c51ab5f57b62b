// expect: none
// collectLoadReadings accumulates on 'data' without settling there and settles once through stream.finished(), which covers end, error and premature close.
import { Readable, finished } from 'node:stream';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(length: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface LoadReading {
  poleId: string;
  lashing: number;
  kilonewtons: number;
}

function parseReading(line: string): LoadReading | null {
  const [poleId, lashing, kn] = line.trim().split(',');
  const kilonewtons = Number(kn);
  if (!poleId || !lashing || !Number.isFinite(kilonewtons)) return null;
  return { poleId, lashing: Number(lashing), kilonewtons };
}

export function collectLoadReadings(stream: Readable): Promise<LoadReading[]> {
  return new Promise<LoadReading[]>((resolve, reject) => {
    const readings: LoadReading[] = [];
    stream.on('data', (chunk: string | Buffer) => {
      const reading = parseReading(chunk.toString());
      if (reading) readings.push(reading);
    });
    finished(stream, (err) => {
      if (err) reject(err);
      else resolve(readings);
    });
  });
}

function overloaded(readings: LoadReading[], limitKn: number): string[] {
  const peaks = new Map<string, number>();
  for (const r of readings) {
    peaks.set(r.poleId, Math.max(peaks.get(r.poleId) ?? 0, r.kilonewtons));
  }
  return [...peaks].filter(([, kn]) => kn > limitKn).map(([poleId]) => poleId);
}

describe('collectLoadReadings', () => {
  let lines: string[];

  beforeEach(() => {
    lines = ['P1,1,3.2', 'P1,2,4.9', 'P2,1,2.1', 'garbage', 'P3,4,7.5'];
  });

  it('collects every parseable reading from the lashing sensors', async () => {
    const readings = await collectLoadReadings(Readable.from(lines));
    expect(readings).toHaveLength(4);
    expect(readings[3]).toEqual({ poleId: 'P3', lashing: 4, kilonewtons: 7.5 });
  });

  it('flags poles whose peak load exceeds the bamboo limit', async () => {
    const readings = await collectLoadReadings(Readable.from(lines));
    expect(overloaded(readings, 4.5)).toEqual(['P1', 'P3']);
  });

  it('rejects when the sensor stream fails mid-way', async () => {
    const failing = new Readable({
      read() {
        this.push('P1,1,3.0');
        this.destroy(new Error('lashing sensor offline'));
      },
    });
    await expect(collectLoadReadings(failing)).rejects.toThrow('lashing sensor offline');
  });

  it('rejects when the stream is torn down without ending', async () => {
    const torn = new Readable({ read() {} });
    setImmediate(() => torn.destroy());
    await expect(collectLoadReadings(torn)).rejects.toThrow(/premature close/i);
  });

  it('resolves with an empty list for an empty shift', async () => {
    const readings = await collectLoadReadings(Readable.from([]));
    expect(readings).toEqual([]);
  });
});

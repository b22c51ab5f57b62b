// expect: none
// readStablePitch hands its signal to readline and rethrows the abort reason when the line iterator ends; the test expects that AbortError unchanged.
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const afterEach: (fn: () => unknown) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toBeCloseTo(n: number, digits?: number): void;
  rejects: { toMatchObject(expected: object): Promise<void> };
};

type Drone = 'tenor' | 'bass';

interface PitchSample {
  drone: Drone;
  hz: number;
}

function parseSample(line: string): PitchSample | null {
  const match = /^(tenor|bass)\s+(\d+(?:\.\d+)?)$/.exec(line.trim());
  return match ? { drone: match[1] as Drone, hz: Number(match[2]) } : null;
}

async function readStablePitch(input: NodeJS.ReadableStream, drone: Drone, signal: AbortSignal, window = 4): Promise<number> {
  const rl = createInterface({ input, signal, crlfDelay: Infinity });
  const recent: number[] = [];
  try {
    for await (const line of rl) {
      const sample = parseSample(line);
      if (!sample || sample.drone !== drone) continue;
      recent.push(sample.hz);
      if (recent.length > window) recent.shift();
      if (recent.length === window && Math.max(...recent) - Math.min(...recent) < 0.3) {
        return recent.reduce((a, b) => a + b, 0) / window;
      }
    }
    // readline closes (rather than throws) when its signal aborts, so surface the abort here.
    signal.throwIfAborted();
    throw new Error(`pitch stream ended before the ${drone} drone settled`);
  } finally {
    rl.close();
  }
}

describe('bagpipe drone pitch stream', () => {
  let input: PassThrough;

  beforeEach(() => {
    input = new PassThrough();
  });

  afterEach(() => {
    input.destroy();
  });

  it('settles on the tenor pitch once four samples agree', async () => {
    const result = readStablePitch(input, 'tenor', AbortSignal.timeout(1_000));
    input.write('tenor 238.9\nbass 119.4\ntenor 239.6\ntenor 239.5\n');
    input.write('tenor 239.4\ntenor 239.6\ntenor 239.5\n');
    const hz = await result;
    expect(hz).toBeCloseTo(239.5, 1);
  });

  it('ignores garbage lines from the pickup', async () => {
    const result = readStablePitch(input, 'bass', AbortSignal.timeout(1_000), 2);
    input.write('bass ???\n\nbass 119.6\nbass 119.7\n');
    expect(await result).toBeCloseTo(119.65, 2);
  });

  it('stops with an AbortError when the piper walks away', async () => {
    const controller = new AbortController();
    const result = readStablePitch(input, 'tenor', controller.signal);
    input.write('tenor 236.0\ntenor 241.0\n');
    setTimeout(() => controller.abort(), 10);
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
  });
});

// expect: no-multiple-settle
// runSimulation settles on 'message' or 'error' but not on 'exit', so a worker that exits without posting (the invalid-input branch) leaves it pending forever.
import { Worker } from 'node:worker_threads';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  toBeLessThan(n: number): void;
};

interface SimInput {
  cabins: number;
  lineLengthMetres: number;
  speedMetresPerSecond: number;
  dwellSeconds: number;
}

interface SimResult {
  cabinSpacingSeconds: number;
  roundTripSeconds: number;
  passengersPerHour: number;
}

const SIMULATOR_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { cabins, lineLengthMetres, speedMetresPerSecond, dwellSeconds } = workerData;
if (!(cabins > 0) || !(speedMetresPerSecond > 0)) {
  process.exit(2);
}
const travel = lineLengthMetres / speedMetresPerSecond;
const roundTripSeconds = 2 * (travel + dwellSeconds);
const cabinSpacingSeconds = roundTripSeconds / cabins;
const passengersPerHour = Math.floor(3600 / cabinSpacingSeconds) * 8;
parentPort.postMessage({ cabinSpacingSeconds, roundTripSeconds, passengersPerHour });
`;

const running = new Set<Worker>();

function runSimulation(input: SimInput): Promise<SimResult> {
  return new Promise<SimResult>((resolve, reject) => {
    const worker = new Worker(SIMULATOR_SOURCE, { eval: true, workerData: input });
    running.add(worker);
    worker.once('message', (result: SimResult) => {
      running.delete(worker);
      resolve(result);
    });
    worker.once('error', (err) => {
      running.delete(worker);
      reject(err);
    });
  });
}

describe('gondola line simulator', () => {
  afterEach(async () => {
    await Promise.all([...running].map((w) => w.terminate()));
    running.clear();
  });

  it('computes spacing for the summit line', async () => {
    const result = await runSimulation({
      cabins: 24,
      lineLengthMetres: 2_400,
      speedMetresPerSecond: 6,
      dwellSeconds: 45,
    });
    expect(result.roundTripSeconds).toBe(890);
    expect(result.cabinSpacingSeconds).toBeLessThan(40);
  });

  it('carries more passengers with more cabins', async () => {
    const base = { lineLengthMetres: 1_800, speedMetresPerSecond: 5, dwellSeconds: 30 };
    const [few, many] = await Promise.all([
      runSimulation({ ...base, cabins: 12 }),
      runSimulation({ ...base, cabins: 30 }),
    ]);
    expect(many.passengersPerHour).toBeGreaterThan(few.passengersPerHour);
  });

  it('slower haul rope lengthens the round trip', async () => {
    const fast = await runSimulation({ cabins: 20, lineLengthMetres: 1_500, speedMetresPerSecond: 6, dwellSeconds: 40 });
    const slow = await runSimulation({ cabins: 20, lineLengthMetres: 1_500, speedMetresPerSecond: 3, dwellSeconds: 40 });
    expect(slow.roundTripSeconds).toBeGreaterThan(fast.roundTripSeconds);
  });

  it('wind-hold speed still produces a finite schedule', async () => {
    const result = await runSimulation({ cabins: 20, lineLengthMetres: 1_500, speedMetresPerSecond: 1.5, dwellSeconds: 40 });
    expect(Number.isFinite(result.passengersPerHour)).toBe(true);
  });
});

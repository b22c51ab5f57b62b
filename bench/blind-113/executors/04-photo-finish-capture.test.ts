// expect: no-multiple-settle
// captureFinish clears the deadline timer once the beam is broken but never clears the polling interval, so resolve keeps being called on every later tick.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface BeamSensor {
  isBroken(): boolean;
  lane(): number | null;
}

interface LineCamera {
  grabFrame(): Uint8Array;
}

interface FinishCapture {
  lane: number;
  frame: Uint8Array;
  elapsedMs: number;
}

function captureFinish(
  sensor: BeamSensor,
  camera: LineCamera,
  opts: { pollMs: number; deadlineMs: number },
): Promise<FinishCapture> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => {
      clearInterval(poll);
      reject(new Error('no horse crossed the finish line before the deadline'));
    }, opts.deadlineMs);

    const poll = setInterval(() => {
      if (!sensor.isBroken()) return;
      clearTimeout(deadline);
      const lane = sensor.lane() ?? -1;
      resolve({ lane, frame: camera.grabFrame(), elapsedMs: Date.now() - started });
    }, opts.pollMs);
  });
}

describe('captureFinish', () => {
  let sensor: BeamSensor;
  let camera: LineCamera;

  beforeEach(() => {
    vi.useFakeTimers();
    sensor = { isBroken: vi.fn(() => false), lane: () => 4 };
    camera = { grabFrame: vi.fn(() => new Uint8Array([1, 2, 3])) };
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves with the lane and frame once the beam breaks', async () => {
    sensor.isBroken = vi.fn(() => true).mockReturnValueOnce(false).mockReturnValueOnce(false);
    const [result] = await Promise.all([
      captureFinish(sensor, camera, { pollMs: 5, deadlineMs: 1_000 }),
      vi.advanceTimersByTimeAsync(20),
    ]);
    expect(result.lane).toBe(4);
    expect(result.frame).toEqual(new Uint8Array([1, 2, 3]));
    expect(result.elapsedMs).toBe(15);
  });

  it('rejects when the deadline passes with no crossing', async () => {
    const outcome = captureFinish(sensor, camera, { pollMs: 5, deadlineMs: 100 }).then(
      () => 'resolved',
      (err: Error) => err.message,
    );
    await vi.advanceTimersByTimeAsync(100);
    expect(await outcome).toMatch(/deadline/);
  });

  it('reports lane -1 when the sensor cannot tell which lane broke the beam', async () => {
    sensor = { isBroken: () => true, lane: () => null };
    const [result] = await Promise.all([
      captureFinish(sensor, camera, { pollMs: 10, deadlineMs: 500 }),
      vi.advanceTimersByTimeAsync(10),
    ]);
    expect(result.lane).toBe(-1);
    expect(camera.grabFrame).toHaveBeenCalled();
  });
});

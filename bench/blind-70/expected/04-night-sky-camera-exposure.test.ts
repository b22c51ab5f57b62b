// expect: none
// correct: the retry helper receives the capture function and calls it afresh on each attempt; every promise is awaited where it is created.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Frame {
  exposureSeconds: number;
  gain: number;
  medianAdu: number;
  starCount: number;
}

class FlakyCamera {
  captures = 0;
  constructor(private readonly failuresBeforeSuccess: number) {}

  async capture(exposureSeconds: number, gain: number): Promise<Frame> {
    this.captures += 1;
    if (this.captures <= this.failuresBeforeSuccess) {
      throw new Error('USB transfer stalled');
    }
    const medianAdu = Math.min(65_535, Math.round(120 * exposureSeconds * gain));
    return { exposureSeconds, gain, medianAdu, starCount: Math.round(medianAdu / 40) };
  }
}

async function retryCapture<T>(attempt: () => Promise<T>, tries: number): Promise<T> {
  let lastError: unknown = new Error('no attempts made');
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

async function autoExpose(camera: FlakyCamera, targetAdu: number): Promise<Frame> {
  let exposure = 1;
  let frame = await retryCapture(() => camera.capture(exposure, 100), 3);
  while (Math.abs(frame.medianAdu - targetAdu) / targetAdu > 0.1 && exposure < 120) {
    exposure = Math.min(120, exposure * (targetAdu / Math.max(frame.medianAdu, 1)));
    frame = await retryCapture(() => camera.capture(exposure, 100), 3);
  }
  return frame;
}

describe('night sky auto-exposure', () => {
  let camera: FlakyCamera;

  beforeEach(() => {
    camera = new FlakyCamera(2);
  });

  it('retries a stalled transfer with a fresh capture each time', async () => {
    const frame = await retryCapture(() => camera.capture(10, 100), 3);
    assert.equal(camera.captures, 3);
    assert.equal(frame.exposureSeconds, 10);
  });

  it('gives up after the allotted attempts', async () => {
    const stubborn = new FlakyCamera(5);
    await assert.rejects(
      retryCapture(() => stubborn.capture(5, 200), 3),
      /USB transfer stalled/,
    );
    assert.equal(stubborn.captures, 3);
  });

  it('converges on the target median brightness', async () => {
    const frame = await autoExpose(camera, 24_000);
    assert.ok(Math.abs(frame.medianAdu - 24_000) / 24_000 <= 0.1);
    assert.ok(frame.exposureSeconds <= 120);
    assert.ok(frame.starCount > 0);
  });
});

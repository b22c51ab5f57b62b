// expect: no-multiple-settle
// When the microphone emits 'error' the capture promise is rejected but the window timer is never cleared, so it still fires later and tries to resolve the same promise.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface AudioFrame {
  hiveId: string;
  samples: Float32Array;
  at: number;
}

class HiveMicrophone extends EventEmitter {
  constructor(readonly hiveId: string) {
    super();
  }

  push(samples: number[]): void {
    const frame: AudioFrame = { hiveId: this.hiveId, samples: Float32Array.from(samples), at: Date.now() };
    this.emit('frame', frame);
  }

  fail(message: string): void {
    this.emit('error', new Error(message));
  }
}

class HiveCapture {
  constructor(private readonly mic: HiveMicrophone) {}

  captureWindow(windowMs: number): Promise<AudioFrame[]> {
    return new Promise<AudioFrame[]>((resolve, reject) => {
      const frames: AudioFrame[] = [];
      const onFrame = (frame: AudioFrame) => frames.push(frame);
      const onError = (err: Error) => {
        this.mic.off('frame', onFrame);
        reject(err);
      };

      this.mic.on('frame', onFrame);
      this.mic.once('error', onError);

      setTimeout(() => {
        this.mic.off('frame', onFrame);
        this.mic.off('error', onError);
        resolve(frames);
      }, windowMs);
    });
  }
}

function rms(frame: AudioFrame): number {
  let sum = 0;
  for (const s of frame.samples) sum += s * s;
  return Math.sqrt(sum / frame.samples.length);
}

describe('HiveCapture', () => {
  let mic: HiveMicrophone;
  let capture: HiveCapture;

  beforeEach(() => {
    vi.useFakeTimers();
    mic = new HiveMicrophone('apiary-3/hive-12');
    capture = new HiveCapture(mic);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('collects frames emitted during the window', async () => {
    const pending = capture.captureWindow(500);
    mic.push([0.1, -0.1, 0.2]);
    mic.push([0.05, 0.05, -0.05]);

    const [frames] = await Promise.all([pending, vi.advanceTimersByTimeAsync(500)]);
    expect(frames).toHaveLength(2);
    expect(frames[0].hiveId).toBe('apiary-3/hive-12');
  });

  it('ignores frames that arrive after the window closed', async () => {
    const pending = capture.captureWindow(200);
    const [frames] = await Promise.all([pending, vi.advanceTimersByTimeAsync(200)]);
    mic.push([0.9, 0.9]);

    expect(frames).toEqual([]);
  });

  it('rejects when the microphone reports an error', async () => {
    const pending = capture.captureWindow(1000);
    mic.push([0.3, 0.3]);
    mic.fail('ADC overrun');

    await expect(pending).rejects.toThrow('ADC overrun');
    await vi.advanceTimersByTimeAsync(1000);
  });

  it('computes loudness from captured frames', async () => {
    const pending = capture.captureWindow(100);
    mic.push([0.5, -0.5, 0.5, -0.5]);

    const [[frame]] = await Promise.all([pending, vi.advanceTimersByTimeAsync(100)]);
    expect(rms(frame)).toBeCloseTo(0.5, 5);
  });
});

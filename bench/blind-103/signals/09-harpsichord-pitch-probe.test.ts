// expect: no-swallowed-abort
// measure() catches the AbortError from the microphone capture and returns an "unstable, 0 cents" reading instead of rethrowing, so tuneString keeps looping after the tuner cancels and finally fails with a misleading "could not stabilise" error.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface CaptureOptions { ms: number; signal: AbortSignal }
interface Microphone {
  capture(opts: CaptureOptions): Promise<Float32Array>;
  close(): Promise<void>;
}
interface Analyser { fundamentalHz(frames: Float32Array): number }
interface PitchReading { note: string; hz: number; cents: number; stable: boolean }

class PitchProbe {
  constructor(
    private readonly mic: Microphone,
    private readonly analyser: Analyser,
    private readonly targets: Record<string, number>,
  ) {}

  async measure(note: string, signal: AbortSignal): Promise<PitchReading> {
    const target = this.targets[note];
    if (target === undefined) throw new Error(`no target pitch for ${note}`);
    try {
      const frames = await this.mic.capture({ ms: 800, signal });
      const hz = this.analyser.fundamentalHz(frames);
      return { note, hz, cents: 1200 * Math.log2(hz / target), stable: Number.isFinite(hz) };
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') {
        return { note, hz: Number.NaN, cents: 0, stable: false };
      }
      throw err;
    }
  }

  async tuneString(note: string, signal: AbortSignal, maxTries = 12): Promise<PitchReading> {
    for (let i = 0; i < maxTries; i++) {
      const reading = await this.measure(note, signal);
      if (reading.stable && Math.abs(reading.cents) < 1) return reading;
    }
    throw new Error(`${note} could not stabilise after ${maxTries} readings`);
  }
}

const TARGETS = { A4: 415, C5: 493.9 };

describe('PitchProbe', () => {
  let pitches: number[];
  let mic: Microphone & { capture: ReturnType<typeof mock.fn<Microphone['capture']>> };
  let probe: PitchProbe;

  beforeEach(() => {
    pitches = [];
    mic = {
      capture: mock.fn<Microphone['capture']>(async () => new Float32Array(1024)),
      close: mock.fn<Microphone['close']>(async () => {}),
    };
    probe = new PitchProbe(mic, { fundamentalHz: () => pitches.shift() ?? Number.NaN }, TARGETS);
  });

  afterEach(async () => {
    await mic.close();
    mock.restoreAll();
  });

  it('converts the fundamental to cents against the target', async () => {
    pitches.push(415);
    const reading = await probe.measure('A4', new AbortController().signal);
    assert.equal(reading.stable, true);
    assert.ok(Math.abs(reading.cents) < 0.001);
  });

  it('keeps measuring until the string is within a cent', async () => {
    pitches.push(418, 416.2, 415.1);
    const reading = await probe.tuneString('A4', new AbortController().signal);
    assert.equal(mic.capture.mock.callCount(), 3);
    assert.ok(Math.abs(reading.cents) < 1);
  });

  it('rejects notes it has no target for', async () => {
    await assert.rejects(probe.measure('F#9', new AbortController().signal), /no target pitch/);
  });

  it('surfaces microphone faults', async () => {
    mic.capture.mock.mockImplementation(async () => {
      throw new Error('ADC overrun');
    });
    await assert.rejects(probe.measure('C5', new AbortController().signal), /ADC overrun/);
  });
});

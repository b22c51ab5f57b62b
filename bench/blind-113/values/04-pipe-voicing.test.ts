// expect: no-promise-as-value
// The in-tune test passes the promise from the async isInTune() straight to toBeTruthy(), which is always satisfied by a Promise object, so the assertion can never fail.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Pipe {
  stop: string;
  note: string;
  targetHz: number;
}

interface Microphone {
  fundamentalHz(pipe: Pipe): Promise<number>;
}

class PipeVoicer {
  constructor(
    private readonly mic: Microphone,
    private readonly toleranceCents = 2,
  ) {}

  async centsOff(pipe: Pipe): Promise<number> {
    const hz = await this.mic.fundamentalHz(pipe);
    return 1200 * Math.log2(hz / pipe.targetHz);
  }

  async isInTune(pipe: Pipe): Promise<boolean> {
    return Math.abs(await this.centsOff(pipe)) <= this.toleranceCents;
  }

  async adviseTuningSlide(pipe: Pipe): Promise<'lengthen' | 'shorten' | 'leave'> {
    const cents = await this.centsOff(pipe);
    if (Math.abs(cents) <= this.toleranceCents) return 'leave';
    return cents > 0 ? 'lengthen' : 'shorten';
  }
}

const principalC4: Pipe = { stop: "Principal 8'", note: 'C4', targetHz: 261.63 };

describe('PipeVoicer', () => {
  let mic: { fundamentalHz: ReturnType<typeof vi.fn<(pipe: Pipe) => Promise<number>>> };
  let voicer: PipeVoicer;

  beforeEach(() => {
    mic = { fundamentalHz: vi.fn(async (pipe: Pipe) => pipe.targetHz) };
    voicer = new PipeVoicer(mic);
  });

  afterEach(() => {
    vi.resetAllMocks();
  });

  it('reports zero cents for a pipe sounding exactly at pitch', async () => {
    expect(await voicer.centsOff(principalC4)).toBeCloseTo(0, 5);
  });

  it('treats a pipe 1.5 cents sharp as in tune', () => {
    mic.fundamentalHz.mockResolvedValueOnce(261.63 * 2 ** (1.5 / 1200));
    expect(voicer.isInTune(principalC4)).toBeTruthy();
  });

  it('flags a pipe 8 cents flat as out of tune', async () => {
    mic.fundamentalHz.mockResolvedValueOnce(261.63 * 2 ** (-8 / 1200));
    expect(await voicer.isInTune(principalC4)).toBe(false);
  });

  it('tells the voicer to lengthen a sharp pipe', async () => {
    mic.fundamentalHz.mockResolvedValueOnce(263.2);
    await expect(voicer.adviseTuningSlide(principalC4)).resolves.toBe('lengthen');
  });
});

// expect: none
// The polling interval is cleared on every exit (stable pitch, measurement error, attempt budget exhausted) and each of those paths settles exactly once and returns.
export interface Pipe {
  id: string;
  rank: string;
  nominalHz: number;
}

export interface Tuner {
  /** Latest frequency estimate for the pipe's microphone, or null if it is not speaking. */
  currentFrequency(pipeId: string): number | null;
}

export interface SettleOptions {
  intervalMs: number;
  windowSize: number;
  toleranceCents: number;
  maxTicks: number;
}

export interface StablePitch {
  pipeId: string;
  meanHz: number;
  deviationCents: number;
  ticks: number;
}

export function cents(hz: number, referenceHz: number): number {
  return 1200 * Math.log2(hz / referenceHz);
}

function spreadCents(window: number[]): number {
  const lo = Math.min(...window);
  const hi = Math.max(...window);
  return cents(hi, lo);
}

export function waitForStablePitch(tuner: Tuner, pipe: Pipe, opts: SettleOptions): Promise<StablePitch> {
  return new Promise<StablePitch>((resolve, reject) => {
    const window: number[] = [];
    let ticks = 0;

    const interval = setInterval(() => {
      ticks++;
      let hz: number | null;
      try {
        hz = tuner.currentFrequency(pipe.id);
      } catch (err) {
        clearInterval(interval);
        reject(err);
        return;
      }

      if (hz !== null) {
        window.push(hz);
        if (window.length > opts.windowSize) window.shift();
      }

      if (window.length === opts.windowSize && spreadCents(window) <= opts.toleranceCents) {
        clearInterval(interval);
        const meanHz = window.reduce((a, b) => a + b, 0) / window.length;
        resolve({ pipeId: pipe.id, meanHz, deviationCents: cents(meanHz, pipe.nominalHz), ticks });
        return;
      }

      if (ticks >= opts.maxTicks) {
        clearInterval(interval);
        reject(new Error(`pipe ${pipe.rank}/${pipe.id} never settled within ${opts.maxTicks} samples`));
      }
    }, opts.intervalMs);
  });
}

export async function surveyRank(tuner: Tuner, pipes: Pipe[], opts: SettleOptions): Promise<StablePitch[]> {
  const out: StablePitch[] = [];
  // only one pipe can speak at a time on the voicing jack
  for (const pipe of pipes) {
    out.push(await waitForStablePitch(tuner, pipe, opts));
  }
  return out;
}

// expect: none
// The sampling interval and the deadline are both cleared on every exit path and a done flag stops late sensor callbacks, so the wait settles exactly once.
export interface WeatherMast {
  readonly mastId: string;
  readWetBulb(cb: (err: Error | null, celsius?: number) => void): void;
}

export interface CannonProfile {
  cannonId: string;
  trail: string;
  maxWetBulbC: number;
  nozzleBanks: number;
}

export interface WaitOptions {
  intervalMs: number;
  consecutive: number;
  timeoutMs: number;
}

const DEFAULT_WAIT: WaitOptions = { intervalMs: 30_000, consecutive: 4, timeoutMs: 3 * 60 * 60_000 };

export function nozzleBanksFor(profile: CannonProfile, wetBulbC: number): number {
  const margin = profile.maxWetBulbC - wetBulbC;
  if (margin <= 0) return 0;
  if (margin < 1.5) return 1;
  if (margin < 3) return Math.min(2, profile.nozzleBanks);
  return profile.nozzleBanks;
}

export function waitForSnowmakingWindow(mast: WeatherMast, profile: CannonProfile, options: Partial<WaitOptions> = {}): Promise<number> {
  const opts = { ...DEFAULT_WAIT, ...options };
  return new Promise((resolve, reject) => {
    let coldStreak = 0;
    let done = false;

    const stop = () => {
      done = true;
      clearInterval(sampler);
      clearTimeout(deadline);
    };

    const sampler = setInterval(() => {
      mast.readWetBulb((err, celsius) => {
        if (done) return;
        if (err || celsius === undefined) {
          stop();
          reject(err ?? new Error(`mast ${mast.mastId} returned no wet-bulb reading`));
          return;
        }
        coldStreak = celsius <= profile.maxWetBulbC ? coldStreak + 1 : 0;
        if (coldStreak >= opts.consecutive) {
          stop();
          resolve(celsius);
        }
      });
    }, opts.intervalMs);

    const deadline = setTimeout(() => {
      if (done) return;
      stop();
      reject(new Error(`no snowmaking window on ${profile.trail} within ${opts.timeoutMs} ms`));
    }, opts.timeoutMs);
  });
}

export async function planStart(mast: WeatherMast, profile: CannonProfile): Promise<{ cannonId: string; banks: number }> {
  const wetBulb = await waitForSnowmakingWindow(mast, profile);
  return { cannonId: profile.cannonId, banks: nozzleBanksFor(profile, wetBulb) };
}

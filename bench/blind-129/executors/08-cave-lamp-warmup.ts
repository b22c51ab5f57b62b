// expect: none
// Every settle goes through a guarded finish helper that clears the polling interval first, and the deadline is checked on each tick, so the wait settles exactly once even if a status read hangs.
export interface LampStatus {
  zoneId: string;
  lumens: number;
  ratedLumens: number;
  tempC: number;
}

export interface LightingBus {
  readStatus(zoneId: string): Promise<LampStatus>;
  energize(zoneId: string): Promise<void>;
}

export interface WarmupOptions {
  intervalMs?: number;
  timeoutMs?: number;
  readyFraction?: number;
}

export class CaveLightingWarmup {
  constructor(private readonly bus: LightingBus) {}

  waitForWarm(zoneId: string, opts: WarmupOptions = {}): Promise<LampStatus> {
    const intervalMs = opts.intervalMs ?? 500;
    const timeoutMs = opts.timeoutMs ?? 45_000;
    const readyFraction = opts.readyFraction ?? 0.95;

    return new Promise<LampStatus>((resolve, reject) => {
      const deadline = Date.now() + timeoutMs;
      let inFlight = false;
      let done = false;
      let lastLumens = 0;

      const finish = (settle: () => void) => {
        if (done) return;
        done = true;
        clearInterval(interval);
        settle();
      };

      const interval = setInterval(() => {
        if (Date.now() > deadline) {
          finish(() => reject(new Error(`zone ${zoneId} only reached ${lastLumens}lm before timeout`)));
          return;
        }
        if (inFlight) return;
        inFlight = true;
        this.bus.readStatus(zoneId).then(
          (status) => {
            inFlight = false;
            lastLumens = status.lumens;
            if (status.lumens >= status.ratedLumens * readyFraction) {
              finish(() => resolve(status));
            }
          },
          (err: unknown) => finish(() => reject(err)),
        );
      }, intervalMs);
    });
  }

  async lightRoute(zoneIds: string[]): Promise<LampStatus[]> {
    const warmed: LampStatus[] = [];
    for (const zoneId of zoneIds) {
      await this.bus.energize(zoneId);
      warmed.push(await this.waitForWarm(zoneId));
    }
    return warmed;
  }
}

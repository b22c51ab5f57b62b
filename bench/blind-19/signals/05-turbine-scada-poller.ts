// expect: no-swallowed-abort
// Bug: readNacelle catches every error, including the AbortError from the cancelled fetch, and turns it into a null "offline" reading, so a shutdown is pushed to the sink as a cycle of offline turbines.
export interface NacelleReading {
  turbineId: string;
  rotorRpm: number;
  yawDeg: number;
  gearboxTempC: number;
  activePowerKw: number;
  sampledAt: string;
}

export interface PollerConfig {
  gatewayUrl: string;
  turbines: string[];
  intervalMs: number;
  requestTimeoutMs: number;
}

type Sink = (readings: Array<NacelleReading | null>) => Promise<void>;

async function readNacelle(gatewayUrl: string, turbineId: string, signal: AbortSignal): Promise<NacelleReading | null> {
  try {
    const res = await fetch(`${gatewayUrl}/turbines/${encodeURIComponent(turbineId)}/nacelle`, {
      signal,
      headers: { accept: 'application/json' },
    });
    if (!res.ok) {
      return null;
    }
    return (await res.json()) as NacelleReading;
  } catch (err) {
    // Turbines drop off the SCADA ring during storms; treat as offline.
    console.warn(`turbine ${turbineId} unreachable`, err);
    return null;
  }
}

export class ScadaPoller {
  private cycles = 0;
  private offlineStreak = new Map<string, number>();

  constructor(
    private readonly config: PollerConfig,
    private readonly sink: Sink,
  ) {}

  get completedCycles(): number {
    return this.cycles;
  }

  private trackOffline(ids: string[], readings: Array<NacelleReading | null>): void {
    ids.forEach((id, i) => {
      const streak = readings[i] === null ? (this.offlineStreak.get(id) ?? 0) + 1 : 0;
      this.offlineStreak.set(id, streak);
      if (streak === 5) {
        console.error(`turbine ${id} offline for 5 consecutive cycles`);
      }
    });
  }

  async run(signal: AbortSignal): Promise<void> {
    const { gatewayUrl, turbines, intervalMs, requestTimeoutMs } = this.config;

    while (!signal.aborted) {
      const started = Date.now();
      const cycleSignal = AbortSignal.any([signal, AbortSignal.timeout(requestTimeoutMs)]);

      const readings = await Promise.all(turbines.map((id) => readNacelle(gatewayUrl, id, cycleSignal)));
      this.trackOffline(turbines, readings);
      await this.sink(readings);
      this.cycles += 1;

      const wait = Math.max(0, intervalMs - (Date.now() - started));
      await new Promise<void>((resolve) => {
        const onAbort = () => {
          clearTimeout(t);
          resolve();
        };
        const t = setTimeout(() => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        }, wait);
        signal.addEventListener('abort', onAbort, { once: true });
      });
    }
  }
}

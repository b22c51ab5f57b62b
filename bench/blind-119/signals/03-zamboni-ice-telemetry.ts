// expect: none
// readProbe only downgrades a probe to missing when the caller has not aborted; a caller abort is rethrown unchanged so the sweep stops.
export interface IceProbe {
  id: string;
  rink: string;
  url: string;
}

export interface ProbeReading {
  probeId: string;
  surfaceC: number;
  thicknessMm: number;
}

export interface Logger {
  warn(msg: string, err?: unknown): void;
}

export interface SweepResult {
  rink: string;
  readings: ProbeReading[];
  missing: string[];
  coldestC: number | null;
}

export class IceTelemetry {
  constructor(
    private readonly log: Logger,
    private readonly perProbeTimeoutMs = 2_000,
  ) {}

  async readProbe(probe: IceProbe, signal: AbortSignal): Promise<ProbeReading | null> {
    try {
      const res = await fetch(probe.url, {
        signal: AbortSignal.any([signal, AbortSignal.timeout(this.perProbeTimeoutMs)]),
      });
      if (!res.ok) throw new Error(`probe ${probe.id} HTTP ${res.status}`);
      const body = (await res.json()) as { t: number; mm: number };
      return { probeId: probe.id, surfaceC: body.t, thicknessMm: body.mm };
    } catch (err) {
      if (signal.aborted) throw err;
      this.log.warn(`probe ${probe.id} on rink ${probe.rink} did not answer`, err);
      return null;
    }
  }

  async sweep(rink: string, probes: IceProbe[], signal: AbortSignal): Promise<SweepResult> {
    const onRink = probes.filter((p) => p.rink === rink);
    const results = await Promise.all(onRink.map((p) => this.readProbe(p, signal)));
    const readings: ProbeReading[] = [];
    const missing: string[] = [];
    results.forEach((r, i) => {
      if (r) readings.push(r);
      else missing.push(onRink[i].id);
    });
    const coldestC = readings.length ? Math.min(...readings.map((r) => r.surfaceC)) : null;
    return { rink, readings, missing, coldestC };
  }
}

export function needsFlood(result: SweepResult, minThicknessMm = 32): boolean {
  return result.readings.some((r) => r.thicknessMm < minThicknessMm) || result.missing.length > 2;
}

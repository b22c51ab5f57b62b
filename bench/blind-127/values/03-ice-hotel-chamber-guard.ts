// expect: no-read-before-settle
// lastCelsius is assigned inside the probe's callback but read synchronously right after calling read, so the carving decision is made on the previous (or missing) reading.
type ProbeCallback = (err: Error | null, celsius?: number) => void;

interface ChamberProbe {
  read(chamberId: string, cb: ProbeCallback): void;
}

export interface CarvingDecision {
  chamberId: string;
  allowed: boolean;
  reason: string;
  celsius?: number;
}

export class ChamberGuard {
  private lastCelsius: number | undefined;
  private readonly history = new Map<string, number[]>();

  constructor(
    private readonly probe: ChamberProbe,
    private readonly onProbeError: (chamberId: string, err: Error) => void = () => {},
  ) {}

  checkBeforeCarving(chamberId: string, maxCelsius = -5): CarvingDecision {
    this.probe.read(chamberId, (err, celsius) => {
      if (err || celsius === undefined) {
        this.onProbeError(chamberId, err ?? new Error('probe returned no value'));
        return;
      }
      this.lastCelsius = celsius;
      this.remember(chamberId, celsius);
    });

    const celsius = this.lastCelsius;
    if (celsius === undefined) {
      return { chamberId, allowed: false, reason: 'no probe reading yet' };
    }
    if (celsius > maxCelsius) {
      return { chamberId, allowed: false, reason: `too warm for carving (${celsius.toFixed(1)}°C)`, celsius };
    }
    if (this.warmingTrend(chamberId) > 0.5) {
      return { chamberId, allowed: false, reason: 'chamber is warming, wait for the chillers', celsius };
    }
    return { chamberId, allowed: true, reason: 'ok', celsius };
  }

  private remember(chamberId: string, celsius: number): void {
    const readings = this.history.get(chamberId) ?? [];
    readings.push(celsius);
    if (readings.length > 12) readings.shift();
    this.history.set(chamberId, readings);
  }

  private warmingTrend(chamberId: string): number {
    const readings = this.history.get(chamberId) ?? [];
    if (readings.length < 4) return 0;
    const recent = readings.slice(-3);
    const earlier = readings.slice(-6, -3);
    const avg = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    return avg(recent) - avg(earlier);
  }
}

export function carvingRota(decisions: CarvingDecision[]): { open: string[]; closed: string[] } {
  return {
    open: decisions.filter((d) => d.allowed).map((d) => d.chamberId),
    closed: decisions.filter((d) => !d.allowed).map((d) => `${d.chamberId} (${d.reason})`),
  };
}

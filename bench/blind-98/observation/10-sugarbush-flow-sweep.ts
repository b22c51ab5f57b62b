// expect: no-unobserved-promise
// All flow reads are started up front but awaited one at a time, so if a later tap's read rejects while an earlier one is still pending it has no handler yet and surfaces as an unhandled rejection that kills the collector.
export interface Tap {
  id: string;
  tree: string;
  lateral: string;
}

export interface FlowReading {
  tapId: string;
  litresPerHour: number;
  sugarBrix: number;
}

export interface FlowGateway {
  readFlow(tapId: string): Promise<FlowReading>;
}

export interface LateralTotal {
  lateral: string;
  taps: number;
  litresPerHour: number;
  avgBrix: number;
}

export class FlowSweep {
  constructor(private readonly gateway: FlowGateway) {}

  async sweep(taps: readonly Tap[]): Promise<LateralTotal[]> {
    const pending = taps.map((tap) => ({ tap, reading: this.gateway.readFlow(tap.id) }));

    const totals = new Map<string, { taps: number; lph: number; brixSum: number }>();
    for (const { tap, reading } of pending) {
      const r = await reading;
      const t = totals.get(tap.lateral) ?? { taps: 0, lph: 0, brixSum: 0 };
      t.taps += 1;
      t.lph += r.litresPerHour;
      t.brixSum += r.sugarBrix;
      totals.set(tap.lateral, t);
    }

    return [...totals].map(([lateral, t]) => ({
      lateral,
      taps: t.taps,
      litresPerHour: Math.round(t.lph * 10) / 10,
      avgBrix: t.taps > 0 ? Math.round((t.brixSum / t.taps) * 100) / 100 : 0,
    }));
  }
}

export function lowProducers(totals: readonly LateralTotal[], minLph: number): string[] {
  return totals
    .filter((t) => t.litresPerHour / Math.max(1, t.taps) < minLph)
    .map((t) => `${t.lateral}: ${(t.litresPerHour / Math.max(1, t.taps)).toFixed(2)} L/h per tap`);
}

// expect: no-read-before-settle
// planRelease assigns headM inside a .then callback and then immediately computes flows from headM, which still holds the fallback value at that point.
import { EventEmitter } from 'node:events';

export interface ValveSpec {
  valveId: string;
  orificeAreaM2: number;
  dischargeCoeff: number;
  maxOpenPct: number;
}

export interface ReleaseStep {
  valveId: string;
  openPct: number;
  expectedLps: number;
}

declare const headGauge: {
  read(stationId: string): Promise<{ headM: number; at: number }>;
};

const G = 9.81;
const FALLBACK_HEAD_M = 6;

export function orificeFlowLps(spec: ValveSpec, openPct: number, headM: number): number {
  // Torricelli: Q = Cd * A * sqrt(2gh), scaled by how far the gate is open
  const area = spec.orificeAreaM2 * (openPct / 100);
  return spec.dischargeCoeff * area * Math.sqrt(2 * G * Math.max(headM, 0)) * 1000;
}

export class ReleasePlanner extends EventEmitter {
  constructor(private readonly stationId: string, private readonly valves: ValveSpec[]) {
    super();
  }

  planRelease(targetLps: number): ReleaseStep[] {
    let headM = FALLBACK_HEAD_M;
    headGauge.read(this.stationId).then(
      (reading) => {
        headM = reading.headM;
      },
      (err: unknown) => this.emit('gaugeError', err),
    );

    const steps: ReleaseStep[] = [];
    let remaining = targetLps;
    // open the largest orifices first so fewer gates are throttled part-way
    const ordered = [...this.valves].sort((a, b) => b.orificeAreaM2 - a.orificeAreaM2);
    for (const spec of ordered) {
      if (remaining <= 0) break;
      const fullFlow = orificeFlowLps(spec, spec.maxOpenPct, headM);
      if (fullFlow <= remaining) {
        steps.push({ valveId: spec.valveId, openPct: spec.maxOpenPct, expectedLps: fullFlow });
        remaining -= fullFlow;
      } else {
        const openPct = Math.ceil((remaining / fullFlow) * spec.maxOpenPct);
        const expectedLps = orificeFlowLps(spec, openPct, headM);
        steps.push({ valveId: spec.valveId, openPct, expectedLps });
        remaining -= expectedLps;
      }
    }
    if (remaining > 0) {
      this.emit('shortfall', { stationId: this.stationId, missingLps: remaining });
    }
    return steps;
  }

  summary(steps: ReleaseStep[]): string {
    const total = steps.reduce((s, x) => s + x.expectedLps, 0);
    return steps.map((s) => `${s.valveId}@${s.openPct}%`).join(', ') + ` => ${Math.round(total)} L/s`;
  }
}

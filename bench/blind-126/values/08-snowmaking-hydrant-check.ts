// expect: no-read-before-settle
// pressureBar is only assigned when the SCADA 'pressure' event arrives, but checkHydrant reads it synchronously right after sending the request, so it still holds NaN.
import { EventEmitter } from 'node:events';

export interface ScadaBus extends EventEmitter {
  requestReading(hydrantId: string, channel: 'pressure' | 'flow' | 'temp'): void;
}

export interface HydrantSpec {
  hydrantId: string;
  trail: string;
  minBar: number;
  maxBar: number;
  elevationM: number;
}

export type HydrantState = 'ok' | 'low' | 'over' | 'unknown';

export interface HydrantStatus {
  hydrantId: string;
  trail: string;
  state: HydrantState;
  pressureBar: number | null;
}

export class HydrantInspector {
  private readonly history = new Map<string, HydrantStatus[]>();

  constructor(private readonly bus: ScadaBus) {}

  checkHydrant(spec: HydrantSpec): HydrantStatus {
    let pressureBar = Number.NaN;
    this.bus.once(`pressure:${spec.hydrantId}`, (bar: number) => {
      pressureBar = bar;
    });
    this.bus.requestReading(spec.hydrantId, 'pressure');

    let state: HydrantState;
    if (Number.isNaN(pressureBar)) state = 'unknown';
    else if (pressureBar < spec.minBar) state = 'low';
    else if (pressureBar > spec.maxBar) state = 'over';
    else state = 'ok';

    const status: HydrantStatus = {
      hydrantId: spec.hydrantId,
      trail: spec.trail,
      state,
      pressureBar: Number.isNaN(pressureBar) ? null : pressureBar,
    };
    const past = this.history.get(spec.hydrantId) ?? [];
    this.history.set(spec.hydrantId, [...past.slice(-23), status]);
    return status;
  }

  checkTrail(specs: HydrantSpec[], trail: string): HydrantStatus[] {
    return specs.filter((s) => s.trail === trail).map((s) => this.checkHydrant(s));
  }

  expectedStaticBar(spec: HydrantSpec, pumpHouseElevationM: number, pumpBar: number): number {
    const headLossBar = (spec.elevationM - pumpHouseElevationM) / 10.2;
    return Math.round((pumpBar - headLossBar) * 10) / 10;
  }
}

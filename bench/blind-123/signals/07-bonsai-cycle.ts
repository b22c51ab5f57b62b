// expect: require-signal-propagation
// runCycle forwards its signal to the weather fetch and the moisture probe but calls pump.dispense without the signal it accepts, so an aborted cycle keeps pumping water into the remaining pots.
export interface PumpOptions {
  signal?: AbortSignal;
  flowMlPerSec?: number;
}

export interface WateringPump {
  dispense(valve: number, millilitres: number, options?: PumpOptions): Promise<number>;
}

export interface MoistureProbe {
  read(valve: number, options?: { signal?: AbortSignal }): Promise<number>;
}

export interface Pot {
  treeId: string;
  valve: number;
  targetMoisture: number;
  potVolumeMl: number;
}

export interface CycleReport {
  rainExpected: boolean;
  watered: Array<{ treeId: string; ml: number }>;
  skipped: string[];
}

const RAIN_THRESHOLD_MM = 2;

export class BonsaiCycle {
  constructor(
    private readonly pump: WateringPump,
    private readonly probe: MoistureProbe,
    private readonly forecastUrl: string,
  ) {}

  private async rainNext6h(signal: AbortSignal): Promise<number> {
    const res = await fetch(this.forecastUrl, { signal });
    if (!res.ok) throw new Error(`forecast service ${res.status}`);
    const body = (await res.json()) as { hourly: Array<{ precipitationMm: number }> };
    return body.hourly.slice(0, 6).reduce((sum, h) => sum + h.precipitationMm, 0);
  }

  async runCycle(pots: Pot[], signal: AbortSignal): Promise<CycleReport> {
    const rainMm = await this.rainNext6h(signal);
    const report: CycleReport = { rainExpected: rainMm >= RAIN_THRESHOLD_MM, watered: [], skipped: [] };

    for (const pot of pots) {
      signal.throwIfAborted();
      const moisture = await this.probe.read(pot.valve, { signal });
      const deficit = pot.targetMoisture - moisture;
      // outdoor benches get rain; only top up if the deficit is large
      if (deficit <= 0 || (report.rainExpected && deficit < 10)) {
        report.skipped.push(pot.treeId);
        continue;
      }
      const ml = Math.round(pot.potVolumeMl * (deficit / 100) * 0.6);
      const dispensed = await this.pump.dispense(pot.valve, ml, { flowMlPerSec: 12 });
      report.watered.push({ treeId: pot.treeId, ml: dispensed });
    }

    return report;
  }
}

export async function scheduledCycle(cycle: BonsaiCycle, pots: Pot[], budgetMs = 5 * 60_000): Promise<CycleReport> {
  return cycle.runCycle(pots, AbortSignal.timeout(budgetMs));
}

// expect: no-unobserved-promise
// The vacuum reading is started next to the tank reading but only awaited after two other awaits, so if it rejects while those are still pending the rejection has no handler attached yet.
export interface VacuumReading {
  lineId: string;
  inHg: number;
}

export interface TankReading {
  tankId: string;
  litres: number;
  capacityLitres: number;
}

export interface SugarbushTelemetry {
  readVacuum(lineId: string): Promise<VacuumReading>;
  readTank(tankId: string): Promise<TankReading>;
  readSapTemp(tankId: string): Promise<number>;
}

export interface LineHealth {
  lineId: string;
  tankId: string;
  vacuumOk: boolean;
  tankFillPct: number;
  needsPickup: boolean;
  sapTempC: number;
}

const MIN_VACUUM_INHG = 22;
const PICKUP_THRESHOLD_PCT = 80;

export class SapLineMonitor {
  constructor(private readonly telemetry: SugarbushTelemetry) {}

  async checkLine(lineId: string, tankId: string): Promise<LineHealth> {
    const vacuumRead = this.telemetry.readVacuum(lineId);
    const tankRead = this.telemetry.readTank(tankId);

    const tank = await tankRead;
    const sapTempC = await this.telemetry.readSapTemp(tankId);
    const vacuum = await vacuumRead;

    const tankFillPct = Math.round((tank.litres / tank.capacityLitres) * 100);
    return {
      lineId,
      tankId,
      vacuumOk: vacuum.inHg >= MIN_VACUUM_INHG,
      tankFillPct,
      needsPickup: tankFillPct >= PICKUP_THRESHOLD_PCT || sapTempC > 7,
      sapTempC,
    };
  }

  async sweep(layout: Array<{ lineId: string; tankId: string }>): Promise<LineHealth[]> {
    const out: LineHealth[] = [];
    for (const { lineId, tankId } of layout) {
      out.push(await this.checkLine(lineId, tankId));
    }
    return out;
  }

  summarize(health: LineHealth[]): string {
    const leaks = health.filter((h) => !h.vacuumOk).map((h) => h.lineId);
    const pickups = health.filter((h) => h.needsPickup).map((h) => h.tankId);
    return [
      `${health.length} lines checked`,
      leaks.length ? `possible leaks on ${leaks.join(', ')}` : 'vacuum holding',
      pickups.length ? `pickup needed at ${pickups.join(', ')}` : 'no pickups',
    ].join('; ');
  }
}

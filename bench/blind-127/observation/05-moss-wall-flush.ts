// expect: no-unchecked-settled-results
// Only fulfilled allSettled entries are ever read, so zones whose flush rejected vanish from the maintenance report without being logged, counted or retried.
export interface ZoneLayout {
  zoneId: string;
  flushSeconds: number;
  emitterCount: number;
}

export interface FlushResult {
  zoneId: string;
  litres: number;
  pressureDropKpa: number;
}

interface WallLayoutStore {
  zonesFor(wallId: string): Promise<ZoneLayout[]>;
}

interface ValveBus {
  flush(wallId: string, zoneId: string, seconds: number): Promise<FlushResult>;
}

interface MaintenanceLog {
  write(entry: FlushReport): Promise<void>;
}

export interface FlushReport {
  wallId: string;
  zonesFlushed: number;
  litres: number;
  cloggedZones: string[];
  finishedAt: string;
}

export class MossWallMaintenance {
  constructor(
    private readonly layout: WallLayoutStore,
    private readonly valves: ValveBus,
    private readonly log: MaintenanceLog,
    private readonly cloggedDropKpa = 35,
  ) {}

  async flushWall(wallId: string): Promise<FlushReport> {
    const zones = await this.layout.zonesFor(wallId);
    const results = await Promise.allSettled(
      zones.map((zone) => this.valves.flush(wallId, zone.zoneId, zone.flushSeconds)),
    );

    const flushed: FlushResult[] = [];
    for (const result of results) {
      if (result.status === 'fulfilled') {
        flushed.push(result.value);
      }
    }

    const report: FlushReport = {
      wallId,
      zonesFlushed: flushed.length,
      litres: Math.round(flushed.reduce((sum, r) => sum + r.litres, 0) * 10) / 10,
      cloggedZones: flushed.filter((r) => r.pressureDropKpa > this.cloggedDropKpa).map((r) => r.zoneId),
      finishedAt: new Date().toISOString(),
    };
    await this.log.write(report);
    return report;
  }

  async flushBuilding(wallIds: string[]): Promise<FlushReport[]> {
    const reports: FlushReport[] = [];
    for (const wallId of wallIds) {
      reports.push(await this.flushWall(wallId));
    }
    return reports;
  }
}

export function emittersToReplace(layout: ZoneLayout[], report: FlushReport): number {
  const clogged = new Set(report.cloggedZones);
  return layout.filter((z) => clogged.has(z.zoneId)).reduce((sum, z) => sum + Math.ceil(z.emitterCount / 4), 0);
}

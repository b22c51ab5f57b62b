// expect: none
// The truthiness test is on a Promise-or-null in-flight marker, which is meant to test presence; the report values themselves are always awaited before they are compared or serialised.
export interface IceReport {
  lakeId: string;
  thicknessCm: number;
  slushCm: number;
  measuredAt: number;
}

export interface HutPermit {
  hutId: string;
  lakeId: string;
  weightKg: number;
  vehicleAccess: boolean;
}

declare const iceAuger: {
  measure(lakeId: string): Promise<Omit<IceReport, 'measuredAt'>>;
};

declare const permitOffice: {
  publish(lakeId: string, body: string): Promise<void>;
};

const FRESH_MS = 2 * 60 * 60_000;

export class IceConditions {
  private latest = new Map<string, IceReport>();
  private refreshing = new Map<string, Promise<IceReport>>();

  current(lakeId: string): Promise<IceReport> {
    const cached = this.latest.get(lakeId);
    if (cached && Date.now() - cached.measuredAt < FRESH_MS) {
      return Promise.resolve(cached);
    }
    const inflight = this.refreshing.get(lakeId);
    if (inflight) return inflight;

    const request = iceAuger
      .measure(lakeId)
      .then((m) => {
        const report: IceReport = { ...m, measuredAt: Date.now() };
        this.latest.set(lakeId, report);
        return report;
      })
      .finally(() => this.refreshing.delete(lakeId));
    this.refreshing.set(lakeId, request);
    return request;
  }

  static allows(report: IceReport, permit: HutPermit): boolean {
    // slush weakens the sheet; count it as half its depth
    const effective = report.thicknessCm - report.slushCm / 2;
    if (permit.vehicleAccess) return effective >= 30;
    if (permit.weightKg > 500) return effective >= 20;
    return effective >= 12;
  }
}

export async function dailyNotice(conditions: IceConditions, lakeId: string, permits: HutPermit[]): Promise<string> {
  const report = await conditions.current(lakeId);
  const closed = permits.filter((p) => !IceConditions.allows(report, p)).map((p) => p.hutId);
  const body = JSON.stringify({
    lakeId,
    thicknessCm: report.thicknessCm,
    slushCm: report.slushCm,
    measuredAt: new Date(report.measuredAt).toISOString(),
    closedHuts: closed,
  });
  await permitOffice.publish(lakeId, body);
  return closed.length === 0 ? `all ${permits.length} huts open on ${lakeId}` : `${closed.length} huts closed on ${lakeId}`;
}

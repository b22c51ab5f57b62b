// expect: no-unchecked-settled-results
// Only fulfilled inspections are kept from Promise.allSettled, so kayaks whose inspection failed silently vanish from the report and are neither grounded nor flagged.
export interface Kayak {
  kayakId: string;
  model: string;
  seats: 1 | 2;
  lastServiced: string;
}

export interface Inspection {
  kayakId: string;
  hullOk: boolean;
  hatchesSealed: boolean;
  rudderOk: boolean;
  notes: string[];
}

export interface InspectionApi {
  inspect(kayakId: string): Promise<Inspection>;
}

export interface FleetReport {
  inspectedAt: string;
  fleetSize: number;
  seaworthy: string[];
  grounded: Array<{ kayakId: string; reasons: string[] }>;
}

function groundingReasons(result: Inspection): string[] {
  const reasons: string[] = [];
  if (!result.hullOk) reasons.push('hull damage');
  if (!result.hatchesSealed) reasons.push('hatch seal');
  if (!result.rudderOk) reasons.push('rudder');
  return reasons;
}

export class FleetInspector {
  constructor(
    private readonly api: InspectionApi,
    private readonly concurrency = 6,
  ) {}

  async morningCheck(fleet: Kayak[]): Promise<FleetReport> {
    const settled: PromiseSettledResult<Inspection>[] = [];
    for (let i = 0; i < fleet.length; i += this.concurrency) {
      const slice = fleet.slice(i, i + this.concurrency);
      settled.push(...(await Promise.allSettled(slice.map((k) => this.api.inspect(k.kayakId)))));
    }

    const inspections = settled
      .filter((r): r is PromiseFulfilledResult<Inspection> => r.status === 'fulfilled')
      .map((r) => r.value);

    const seaworthy: string[] = [];
    const grounded: FleetReport['grounded'] = [];
    for (const result of inspections) {
      const reasons = groundingReasons(result);
      if (reasons.length === 0) seaworthy.push(result.kayakId);
      else grounded.push({ kayakId: result.kayakId, reasons });
    }

    return {
      inspectedAt: new Date().toISOString(),
      fleetSize: fleet.length,
      seaworthy,
      grounded,
    };
  }
}

// expect: no-unchecked-settled-results
// allSettled over depot stock queries keeps only the fulfilled entries; depots whose query failed are dropped without a trace, so the shortfall report looks complete.
import { EventEmitter } from 'node:events';

export type BloodGroup = 'O-' | 'O+' | 'A-' | 'A+' | 'B-' | 'B+' | 'AB-' | 'AB+';

const GROUPS: BloodGroup[] = ['O-', 'O+', 'A-', 'A+', 'B-', 'B+', 'AB-', 'AB+'];

export interface DepotStock {
  depotId: string;
  units: Record<BloodGroup, number>;
  expiringWithin48h: number;
  fetchedAt: Date;
}

declare const depotApi: {
  listDepots(region: string): Promise<Array<{ id: string; name: string }>>;
  getStock(depotId: string, signal?: AbortSignal): Promise<DepotStock>;
};

// Minimum regional holding, in units, agreed with the transfusion service.
const MIN_UNITS: Record<BloodGroup, number> = {
  'O-': 120,
  'O+': 300,
  'A-': 40,
  'A+': 220,
  'B-': 15,
  'B+': 60,
  'AB-': 8,
  'AB+': 25,
};

export interface Shortfall {
  group: BloodGroup;
  have: number;
  need: number;
}

export interface ShortfallReport {
  region: string;
  generatedAt: Date;
  totals: Record<BloodGroup, number>;
  expiringSoon: number;
  shortfalls: Shortfall[];
}

function emptyTotals(): Record<BloodGroup, number> {
  return Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<BloodGroup, number>;
}

export class RegionalReconciler extends EventEmitter {
  constructor(
    private readonly region: string,
    private readonly timeoutMs = 8_000,
  ) {
    super();
  }

  async reconcile(): Promise<ShortfallReport> {
    const depots = await depotApi.listDepots(this.region);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);

    let results: PromiseSettledResult<DepotStock>[];
    try {
      results = await Promise.allSettled(depots.map((d) => depotApi.getStock(d.id, controller.signal)));
    } finally {
      clearTimeout(timer);
    }

    const stocks = results.filter((r): r is PromiseFulfilledResult<DepotStock> => r.status === 'fulfilled').map((r) => r.value);

    const totals = emptyTotals();
    let expiringSoon = 0;
    for (const stock of stocks) {
      for (const group of GROUPS) {
        totals[group] += stock.units[group] ?? 0;
      }
      expiringSoon += stock.expiringWithin48h;
    }

    const shortfalls: Shortfall[] = GROUPS.filter((g) => totals[g] < MIN_UNITS[g])
      .map((g) => ({ group: g, have: totals[g], need: MIN_UNITS[g] - totals[g] }))
      .sort((a, b) => b.need / MIN_UNITS[b.group] - a.need / MIN_UNITS[a.group]);

    const report: ShortfallReport = {
      region: this.region,
      generatedAt: new Date(),
      totals,
      expiringSoon,
      shortfalls,
    };

    if (shortfalls.length > 0) {
      this.emit('shortfall', report);
    }
    this.emit('report', report);
    return report;
  }
}

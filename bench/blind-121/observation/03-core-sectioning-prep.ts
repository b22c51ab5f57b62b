// expect: none
// Both lookups are started together and handed straight to Promise.all, which attaches handlers to each before anything else is awaited.
export interface CoreMetadata {
  coreId: string;
  site: string;
  topDepthM: number;
  bottomDepthM: number;
  brittleZone?: { fromM: number; toM: number };
}

export interface CustodyEvent {
  at: Date;
  actor: string;
  action: 'received' | 'moved' | 'sampled' | 'returned';
  freezer: string;
}

export interface CoreCatalog {
  getCore(coreId: string): Promise<CoreMetadata>;
}

export interface CustodyLog {
  eventsFor(coreId: string): Promise<CustodyEvent[]>;
}

export interface SectioningPlan {
  coreId: string;
  cuts: number[];
  currentFreezer: string;
  warnings: string[];
}

export class SectioningPrep {
  constructor(
    private readonly catalog: CoreCatalog,
    private readonly custody: CustodyLog,
    private readonly sliceLengthM = 0.55,
  ) {}

  async plan(coreId: string): Promise<SectioningPlan> {
    const metadataRequest = this.catalog.getCore(coreId);
    const custodyRequest = this.custody.eventsFor(coreId);
    const [meta, events] = await Promise.all([metadataRequest, custodyRequest]);

    const last = events.at(-1);
    if (!last || last.action === 'sampled') {
      throw new Error(`core ${coreId} has no confirmed freezer location`);
    }

    const warnings: string[] = [];
    const cuts: number[] = [];
    for (let depth = meta.topDepthM + this.sliceLengthM; depth < meta.bottomDepthM; depth += this.sliceLengthM) {
      const rounded = Math.round(depth * 100) / 100;
      if (meta.brittleZone && rounded >= meta.brittleZone.fromM && rounded <= meta.brittleZone.toM) {
        warnings.push(`cut at ${rounded}m falls in brittle ice; use chilled bandsaw`);
      }
      cuts.push(rounded);
    }

    const hoursSinceMove = (Date.now() - last.at.getTime()) / 3_600_000;
    if (hoursSinceMove < 24) {
      warnings.push(`core moved ${hoursSinceMove.toFixed(1)}h ago; let it re-equilibrate to -25°C`);
    }

    return { coreId, cuts, currentFreezer: last.freezer, warnings };
  }
}

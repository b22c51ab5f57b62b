// expect: none
// The recall check awaits isRecalled before branching and awaits the lot lookup before comparing it with `===`, so both decisions are made on real values rather than on always-truthy promises.
export interface InkBottle {
  sku: string;
  lot: string;
  openedOn?: string;
  station: number;
}

export interface RegulatorFeed {
  isRecalled(sku: string, lot: string): Promise<boolean>;
  replacementLot(sku: string): Promise<string | null>;
}

export interface StudioShelf {
  bottles(): InkBottle[];
  quarantine(bottle: InkBottle, reason: string): void;
}

export interface RecallReport {
  quarantined: InkBottle[];
  replaceable: Array<{ sku: string; lot: string }>;
  clean: number;
}

export class RecallSweeper {
  private readonly replacements = new Map<string, string | null>();

  constructor(private readonly feed: RegulatorFeed, private readonly shelf: StudioShelf) {}

  private async replacementFor(sku: string): Promise<string | null> {
    if (!this.replacements.has(sku)) {
      this.replacements.set(sku, await this.feed.replacementLot(sku));
    }
    return this.replacements.get(sku) ?? null;
  }

  async sweep(): Promise<RecallReport> {
    const report: RecallReport = { quarantined: [], replaceable: [], clean: 0 };

    for (const bottle of this.shelf.bottles()) {
      if (!(await this.feed.isRecalled(bottle.sku, bottle.lot))) {
        report.clean += 1;
        continue;
      }

      this.shelf.quarantine(bottle, `lot ${bottle.lot} recalled`);
      report.quarantined.push(bottle);

      const replacement = await this.replacementFor(bottle.sku);
      if (replacement !== null && replacement === bottle.lot) {
        throw new Error(`regulator lists recalled lot ${bottle.lot} as the replacement for ${bottle.sku}`);
      }
      if (replacement) {
        report.replaceable.push({ sku: bottle.sku, lot: replacement });
      }
    }
    return report;
  }
}

export function recallNotice(report: RecallReport): string {
  if (report.quarantined.length === 0) return `All ${report.clean} bottles clear.`;
  const byStation = new Map<number, number>();
  for (const bottle of report.quarantined) byStation.set(bottle.station, (byStation.get(bottle.station) ?? 0) + 1);
  const stations = [...byStation].map(([station, n]) => `station ${station}: ${n}`).join(', ');
  return `${report.quarantined.length} recalled bottles pulled (${stations}); ${report.replaceable.length} have replacement lots.`;
}

// expect: no-promise-as-value
// genusName is async, so the second label line interpolates a Promise and prints "[object Promise]" instead of the genus.
export interface Accession {
  code: string;
  genusId: string;
  epithet: string;
  collectorId: string;
  collectedOn: Date;
  vaultRow: string;
  shelf: number;
  seedCount: number;
}

export interface TaxonomyService {
  genus(genusId: string): Promise<{ name: string; family: string }>;
}

export interface PeopleService {
  displayName(personId: string): Promise<string>;
}

export interface LabelPrinterDevice {
  print(zpl: string): Promise<void>;
}

export class AccessionLabeller {
  private readonly genusCache = new Map<string, string>();

  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly people: PeopleService,
    private readonly printer: LabelPrinterDevice,
  ) {}

  private async genusName(genusId: string): Promise<string> {
    const hit = this.genusCache.get(genusId);
    if (hit) return hit;
    const { name } = await this.taxonomy.genus(genusId);
    this.genusCache.set(genusId, name);
    return name;
  }

  async renderLabel(acc: Accession): Promise<string[]> {
    const collector = await this.people.displayName(acc.collectorId);
    return [
      `${acc.code}   ROW ${acc.vaultRow} / SHELF ${String(acc.shelf).padStart(2, '0')}`,
      `${this.genusName(acc.genusId)} ${acc.epithet}`,
      `coll. ${collector}, ${acc.collectedOn.toISOString().slice(0, 10)}`,
      `${acc.seedCount.toLocaleString('en-GB')} seeds, -18 °C`,
    ];
  }

  private toZpl(lines: string[]): string {
    const body = lines.map((line, i) => `^FO20,${20 + i * 34}^A0N,28,28^FD${line}^FS`).join('');
    return `^XA^CI28${body}^XZ`;
  }

  async printBatch(accessions: Accession[]): Promise<number> {
    let printed = 0;
    for (const acc of accessions) {
      const lines = await this.renderLabel(acc);
      await this.printer.print(this.toZpl(lines));
      printed++;
    }
    return printed;
  }
}

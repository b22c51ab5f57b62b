// expect: no-promise-as-value
// buildLabel interpolates inspectors.displayName(...), which is async, so every printed label reads "Inspected by [object Promise]".
export interface SealedJar {
  jarId: string;
  batchCode: string;
  variety: 'dill spears' | 'bread-and-butter' | 'pickled beets' | 'kimchi';
  volumeMl: number;
  sealedAt: Date;
  line: string;
  vacuumKpa: number;
}

export interface Batch {
  code: string;
  inspectorId: string;
  brineLot: string;
  bestBeforeMonths: number;
}

declare const batches: {
  get(code: string): Promise<Batch>;
};

declare const inspectors: {
  displayName(inspectorId: string): Promise<string>;
};

declare const labelPrinter: {
  print(line: string, zpl: string): Promise<{ jobId: string }>;
};

const DATE_FMT = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: 'short', year: 'numeric' });

function bestBefore(sealedAt: Date, months: number): Date {
  const d = new Date(sealedAt);
  d.setMonth(d.getMonth() + months);
  return d;
}

function toZpl(lines: readonly string[]): string {
  const body = lines.map((text, i) => `^FO40,${40 + i * 48}^A0N,36,36^FD${text.replace(/[\^~]/g, '')}^FS`).join('');
  return `^XA^CI28${body}^XZ`;
}

export function buildLabel(jar: SealedJar, batch: Batch): string[] {
  return [
    `${jar.variety.toUpperCase()} - ${jar.volumeMl} ml`,
    `Batch ${batch.code} / brine ${batch.brineLot}`,
    `Sealed ${DATE_FMT.format(jar.sealedAt)} on line ${jar.line}`,
    `Best before ${DATE_FMT.format(bestBefore(jar.sealedAt, batch.bestBeforeMonths))}`,
    `Inspected by ${inspectors.displayName(batch.inspectorId)}`,
  ];
}

export class LabelStation {
  private readonly printed = new Set<string>();

  constructor(private readonly minVacuumKpa = 30) {}

  async label(jar: SealedJar): Promise<string> {
    if (this.printed.has(jar.jarId)) {
      throw new Error(`jar ${jar.jarId} already labelled`);
    }
    if (jar.vacuumKpa < this.minVacuumKpa) {
      throw new Error(`jar ${jar.jarId} vacuum ${jar.vacuumKpa} kPa below ${this.minVacuumKpa}; reseal before labelling`);
    }
    const batch = await batches.get(jar.batchCode);
    const { jobId } = await labelPrinter.print(jar.line, toZpl(buildLabel(jar, batch)));
    this.printed.add(jar.jarId);
    return jobId;
  }

  async labelAll(jars: readonly SealedJar[]): Promise<{ printed: string[]; held: string[] }> {
    const printed: string[] = [];
    const held: string[] = [];
    for (const jar of jars) {
      if (jar.vacuumKpa < this.minVacuumKpa) {
        held.push(jar.jarId);
        continue;
      }
      printed.push(await this.label(jar));
    }
    return { printed, held };
  }
}

// expect: none
// Correct: the `??` deliberately picks between two promises (in-flight dedupe), and every value that reaches a template or the label payload is awaited first.
export interface SpatBatch {
  batchCode: string;
  hatchery: string;
  ploidy: 'diploid' | 'triploid';
  sizeMm: number;
  count: number;
  deployedLease: string | null;
}

interface LabelPayload {
  zpl: string;
  copies: number;
}

declare const hatcheryApi: { batch(code: string): Promise<SpatBatch> };
declare const leaseRegistry: { harvestAreaFor(lease: string): Promise<string | null> };
declare const printer: { print(payload: LabelPayload): Promise<void> };

export class BatchLabeler {
  #inflight = new Map<string, Promise<SpatBatch>>();
  #areas = new Map<string, string>();

  batch(code: string): Promise<SpatBatch> {
    const pending = this.#inflight.get(code) ?? this.#load(code);
    this.#inflight.set(code, pending);
    return pending;
  }

  async #load(code: string): Promise<SpatBatch> {
    try {
      return await hatcheryApi.batch(code);
    } finally {
      // Only dedupe concurrent lookups; the hatchery updates counts after every grading.
      setTimeout(() => this.#inflight.delete(code), 0);
    }
  }

  async harvestArea(lease: string): Promise<string> {
    const known = this.#areas.get(lease);
    if (known) return known;
    const area = (await leaseRegistry.harvestAreaFor(lease)) ?? 'UNCLASSIFIED';
    this.#areas.set(lease, area);
    return area;
  }

  async printBagLabel(code: string, bags: number): Promise<void> {
    const batch = await this.batch(code);
    const area = batch.deployedLease ? await this.harvestArea(batch.deployedLease) : 'NURSERY';
    const perBag = Math.floor(batch.count / bags);

    const zpl = [
      '^XA',
      `^FO40,30^A0N,40,40^FD${batch.batchCode} ${batch.ploidy === 'triploid' ? '3N' : '2N'}^FS`,
      `^FO40,80^A0N,28,28^FD${batch.hatchery} / ${batch.sizeMm}mm / ~${perBag} per bag^FS`,
      `^FO40,120^A0N,28,28^FDArea ${area}^FS`,
      `^FO40,170^BCN,80,Y,N,N^FD${batch.batchCode}^FS`,
      '^XZ',
    ].join('\n');

    await printer.print({ zpl, copies: bags });
  }

  async printRun(codes: string[], bagsPerBatch: number): Promise<number> {
    let printed = 0;
    for (const code of codes) {
      await this.printBagLabel(code, bagsPerBatch);
      printed += bagsPerBatch;
    }
    return printed;
  }
}

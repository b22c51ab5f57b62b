// expect: none
// Loader functions are stored in a table and handed to a task queue on purpose; each is invoked by the queue, and awaited results are used.
export interface Lot {
  lotId: string;
  species: string;
  estimatedAgeYears: number;
  reserveUsd: number;
}

export interface Provenance {
  lotId: string;
  previousOwners: string[];
  exhibited: string[];
}

export interface HealthReport {
  lotId: string;
  rootbound: boolean;
  pests: string[];
  lastRepotted: string;
}

export interface BidHistory {
  lotId: string;
  bids: Array<{ paddle: number; usd: number; at: string }>;
}

type Section = 'provenance' | 'health' | 'bids';

interface Dossier {
  lot: Lot;
  provenance?: Provenance;
  health?: HealthReport;
  bids?: BidHistory;
}

declare const archive: {
  lot(lotId: string): Promise<Lot>;
  provenance(lotId: string): Promise<Provenance>;
  health(lotId: string): Promise<HealthReport>;
  bids(lotId: string): Promise<BidHistory>;
};

class TaskQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs tasks one at a time; the archive rate-limits per catalogue session. */
  add<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }
}

export class DossierBuilder {
  private readonly queue = new TaskQueue();

  private readonly loaders: Record<Section, (lotId: string) => Promise<Provenance | HealthReport | BidHistory>> = {
    provenance: (lotId) => archive.provenance(lotId),
    health: (lotId) => archive.health(lotId),
    bids: (lotId) => archive.bids(lotId),
  };

  private catalogueVersion = '';

  private readonly refreshCatalogueVersion = async (): Promise<string> => {
    const head = await archive.lot('__catalogue__');
    this.catalogueVersion = head.species;
    return this.catalogueVersion;
  };

  async build(lotId: string, sections: Section[]): Promise<Dossier> {
    if (!this.catalogueVersion) {
      await this.queue.add(this.refreshCatalogueVersion);
    }
    const lot = await this.queue.add(() => archive.lot(lotId));
    const dossier: Dossier = { lot };

    for (const section of sections) {
      const load = this.loaders[section];
      const data = await this.queue.add(() => load(lotId));
      Object.assign(dossier, { [section]: data });
    }
    return dossier;
  }

  async catalogueEntry(lotId: string): Promise<string> {
    const dossier = await this.build(lotId, ['provenance', 'health']);
    const { lot, provenance, health } = dossier;
    const owners = provenance?.previousOwners.join(', ') || 'unrecorded';
    const condition = health
      ? health.pests.length === 0 && !health.rootbound
        ? 'excellent'
        : `noted: ${[...health.pests, health.rootbound ? 'rootbound' : ''].filter(Boolean).join(', ')}`
      : 'not inspected';
    return [
      `Lot ${lot.lotId}: ${lot.species}, approx. ${lot.estimatedAgeYears} years`,
      `Provenance: ${owners}`,
      `Condition: ${condition}`,
      `Reserve: $${lot.reserveUsd.toLocaleString('en-US')}`,
    ].join('\n');
  }
}

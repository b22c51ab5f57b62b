// expect: no-floating-promises
// recordInspection calls archive.attachPhotos as a bare statement without awaiting it, so the mill is marked inspected before the photos are stored and an upload failure becomes an unhandled rejection nobody sees.
export type Component = 'sails' | 'windshaft' | 'brake-wheel' | 'cap' | 'tail-pole';

export interface Finding {
  component: Component;
  severity: 1 | 2 | 3;
  note: string;
}

export interface InspectionVisit {
  millId: string;
  inspector: string;
  findings: Finding[];
  photos: string[];
}

export interface MillRecord {
  millId: string;
  name: string;
  lastInspected?: string;
  openDefects: number;
}

export interface MillRegistry {
  get(millId: string): Promise<MillRecord>;
  update(record: MillRecord): Promise<void>;
}

export interface PhotoArchive {
  attachPhotos(millId: string, paths: string[]): Promise<void>;
}

export class InspectionLog {
  constructor(
    private readonly registry: MillRegistry,
    private readonly archive: PhotoArchive,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async recordInspection(visit: InspectionVisit): Promise<MillRecord> {
    if (visit.findings.length === 0 && visit.photos.length === 0) {
      throw new Error(`inspection of ${visit.millId} has no findings or photos`);
    }

    const mill = await this.registry.get(visit.millId);
    const serious = visit.findings.filter((f) => f.severity >= 2).length;

    if (visit.photos.length > 0) {
      this.archive.attachPhotos(visit.millId, visit.photos);
    }

    const updated: MillRecord = {
      ...mill,
      lastInspected: this.now().toISOString(),
      openDefects: serious,
    };
    await this.registry.update(updated);
    return updated;
  }

  static worstComponent(findings: Finding[]): Component | null {
    let worst: Finding | null = null;
    for (const f of findings) {
      if (!worst || f.severity > worst.severity) worst = f;
    }
    return worst?.component ?? null;
  }
}

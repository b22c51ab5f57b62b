// expect: none
// The ramp, its inspection history and its photos are requested together and awaited through one Promise.all, so every started request has a handler from the start.
export interface Ramp {
  id: string;
  kind: 'quarter-pipe' | 'half-pipe' | 'funbox' | 'bowl';
  surface: 'plywood' | 'skatelite' | 'concrete';
  builtYear: number;
}

export interface Inspection {
  rampId: string;
  date: string;
  inspector: string;
  defects: Array<{ area: string; severity: 1 | 2 | 3 }>;
}

export interface PhotoRef {
  url: string;
  takenAt: string;
}

export interface RampRegistry {
  getRamp(id: string): Promise<Ramp>;
}

export interface InspectionStore {
  listFor(rampId: string, limit: number): Promise<Inspection[]>;
  photosFor(rampId: string): Promise<PhotoRef[]>;
}

export interface RampDossier {
  ramp: Ramp;
  lastInspection?: Inspection;
  openSevereDefects: number;
  photos: PhotoRef[];
  overdue: boolean;
}

const MAX_DAYS_BETWEEN_INSPECTIONS: Record<Ramp['surface'], number> = {
  plywood: 30,
  skatelite: 60,
  concrete: 180,
};

export class RampDossierLoader {
  constructor(
    private readonly registry: RampRegistry,
    private readonly inspections: InspectionStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async load(rampId: string): Promise<RampDossier> {
    const [ramp, history, photos] = await Promise.all([
      this.registry.getRamp(rampId),
      this.inspections.listFor(rampId, 20),
      this.inspections.photosFor(rampId),
    ]);

    const sorted = [...history].sort((a, b) => b.date.localeCompare(a.date));
    const lastInspection = sorted[0];
    const openSevereDefects = lastInspection
      ? lastInspection.defects.filter((d) => d.severity === 3).length
      : 0;

    const ageDays = lastInspection
      ? (this.now().getTime() - new Date(lastInspection.date).getTime()) / 86_400_000
      : Infinity;

    return {
      ramp,
      lastInspection,
      openSevereDefects,
      photos: photos.slice(0, 12),
      overdue: ageDays > MAX_DAYS_BETWEEN_INSPECTIONS[ramp.surface],
    };
  }

  async loadPark(rampIds: string[]): Promise<RampDossier[]> {
    const dossiers = await Promise.all(rampIds.map((id) => this.load(id)));
    return dossiers.sort((a, b) => Number(b.overdue) - Number(a.overdue) || b.openSevereDefects - a.openSevereDefects);
  }
}

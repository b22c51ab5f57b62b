// expect: no-promise-as-value
// The filter predicate returns the promise from catalog.needsRevoicing(), which is always truthy, so every pipe ends up on the revoicing work order.
export interface OrganPipe {
  note: string;
  rank: 'bourdon' | 'flute' | 'violin' | 'trumpet' | 'drum';
  material: 'pine' | 'pear' | 'zinc' | 'brass';
  lastTunedCents: number;
}

export interface PipeCatalog {
  needsRevoicing(model: string, pipe: OrganPipe): Promise<boolean>;
  labourMinutes(pipe: OrganPipe): number;
}

export interface WorkshopCalendar {
  book(organSerial: string, minutes: number, notes: string): Promise<{ bookingId: string; start: Date }>;
}

export interface WorkOrder {
  organSerial: string;
  bookingId: string;
  start: Date;
  pipes: OrganPipe[];
  labourMinutes: number;
}

const TUNING_TOLERANCE_CENTS = 8;

export class PipeRevoicingPlanner {
  constructor(
    private readonly catalog: PipeCatalog,
    private readonly calendar: WorkshopCalendar,
  ) {}

  outOfTune(pipes: OrganPipe[]): OrganPipe[] {
    return pipes.filter((p) => Math.abs(p.lastTunedCents) > TUNING_TOLERANCE_CENTS);
  }

  async plan(organSerial: string, model: string, pipes: OrganPipe[]): Promise<WorkOrder | null> {
    const candidates = this.outOfTune(pipes).filter((p) => p.rank !== 'drum');
    const toRevoice = candidates.filter((pipe) => this.catalog.needsRevoicing(model, pipe));
    if (toRevoice.length === 0) return null;

    const labourMinutes = toRevoice.reduce((sum, p) => sum + this.catalog.labourMinutes(p), 0);
    const notes = toRevoice
      .map((p) => `${p.rank} ${p.note} (${p.material}, ${p.lastTunedCents > 0 ? '+' : ''}${p.lastTunedCents}c)`)
      .join('; ');

    const { bookingId, start } = await this.calendar.book(organSerial, labourMinutes, notes);
    return { organSerial, bookingId, start, pipes: toRevoice, labourMinutes };
  }

  static byRank(order: WorkOrder): Map<OrganPipe['rank'], number> {
    const counts = new Map<OrganPipe['rank'], number>();
    for (const p of order.pipes) {
      counts.set(p.rank, (counts.get(p.rank) ?? 0) + 1);
    }
    return counts;
  }

  static estimateHours(order: WorkOrder): number {
    return Math.ceil(order.labourMinutes / 30) / 2;
  }
}

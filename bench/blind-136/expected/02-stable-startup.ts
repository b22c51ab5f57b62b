// expect: none
// Every loader in the startup Promise.all is actually called, so all three caches are filled before the stable manager reports ready.
export interface Pony {
  id: string;
  name: string;
  stall: string;
  handicapGoals: number;
}

export interface FeedRation {
  ponyId: string;
  hayKg: number;
  grainKg: number;
}

export interface FarrierSlot {
  ponyId: string;
  date: string;
}

export interface StableDb {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Logger {
  info(msg: string, meta?: Record<string, unknown>): void;
}

export class StableManager {
  private ponies = new Map<string, Pony>();
  private rations = new Map<string, FeedRation>();
  private farrier = new Map<string, FarrierSlot>();
  private ready = false;

  constructor(
    private readonly db: StableDb,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    const started = Date.now();
    await Promise.all([this.loadPonies(), this.loadRations(), this.loadFarrierSchedule()]);
    this.ready = true;
    this.log.info('stable manager ready', {
      ponies: this.ponies.size,
      rations: this.rations.size,
      farrierSlots: this.farrier.size,
      ms: Date.now() - started,
    });
  }

  private async loadPonies(): Promise<void> {
    const rows = await this.db.query<Pony>('select id, name, stall, handicap_goals as "handicapGoals" from ponies');
    this.ponies = new Map(rows.map((p) => [p.id, p]));
  }

  private async loadRations(): Promise<void> {
    const rows = await this.db.query<FeedRation>(
      'select pony_id as "ponyId", hay_kg as "hayKg", grain_kg as "grainKg" from rations',
    );
    this.rations = new Map(rows.map((r) => [r.ponyId, r]));
  }

  private async loadFarrierSchedule(): Promise<void> {
    const rows = await this.db.query<FarrierSlot>(
      'select pony_id as "ponyId", date from farrier_slots where date >= current_date',
    );
    this.farrier = new Map(rows.map((s) => [s.ponyId, s]));
  }

  morningSheet(): string[] {
    if (!this.ready) throw new Error('stable manager not started');
    return [...this.ponies.values()]
      .sort((a, b) => a.stall.localeCompare(b.stall))
      .map((p) => {
        const r = this.rations.get(p.id);
        const f = this.farrier.get(p.id);
        return `${p.stall} ${p.name}: hay ${r?.hayKg ?? '?'}kg grain ${r?.grainKg ?? '?'}kg${f ? ` farrier ${f.date}` : ''}`;
      });
  }
}

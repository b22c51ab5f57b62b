// expect: none
// Function references go only where functions are expected (map callbacks, a task registry invoked later); every loader is called.
export interface Performer {
  id: string;
  stiltHeightCm: number;
  certifiedUntil: string;
}

export interface RehearsalSlot {
  venue: string;
  start: string;
  performers: string[];
}

type Task = () => Promise<void>;

declare const troupeDb: {
  performers(): Promise<Performer[]>;
  venues(): Promise<Array<{ name: string; ceilingCm: number }>>;
  saveSchedule(slots: RehearsalSlot[]): Promise<void>;
};

declare const notifier: {
  sms(performerId: string, text: string): Promise<void>;
};

function normalizePerformer(p: Performer): Performer {
  return { ...p, id: p.id.trim().toLowerCase() };
}

function isCertified(today: string) {
  return (p: Performer): boolean => p.certifiedUntil >= today;
}

export class RehearsalPlanner {
  private readonly tasks = new Map<string, Task>();

  constructor() {
    this.tasks.set('schedule', () => this.schedule());
    this.tasks.set('remind', () => this.remind());
  }

  async run(name: string): Promise<void> {
    const task = this.tasks.get(name);
    if (!task) throw new Error(`unknown planner task ${name}`);
    await task();
  }

  private async loadRoster(today: string): Promise<Performer[]> {
    const all = await troupeDb.performers();
    return all.map(normalizePerformer).filter(isCertified(today));
  }

  private async schedule(): Promise<void> {
    const today = new Date().toISOString().slice(0, 10);
    const [roster, venues] = await Promise.all([this.loadRoster(today), troupeDb.venues()]);
    const slots: RehearsalSlot[] = venues.map((venue, i) => ({
      venue: venue.name,
      start: `${today}T${String(9 + i * 2).padStart(2, '0')}:00`,
      // standing height (~180cm) plus stilts plus 80cm of clearance for raised arms
      performers: roster.filter((p) => p.stiltHeightCm + 260 <= venue.ceilingCm).map((p) => p.id),
    }));
    await troupeDb.saveSchedule(slots);
  }

  private async remind(): Promise<void> {
    const today = new Date().toISOString().slice(0, 10);
    const roster = await this.loadRoster(today);
    await Promise.all(
      roster.map((p) => notifier.sms(p.id, `Rehearsal today, bring ${p.stiltHeightCm}cm stilts and spare straps.`)),
    );
  }
}

export async function nightlyJobs(planner: RehearsalPlanner): Promise<void> {
  for (const job of ['schedule', 'remind']) {
    await planner.run(job);
  }
}

// expect: no-read-before-settle
// vetNotes is reassigned inside the then callback but returned in the match card synchronously on the next line, so the card always carries the empty initial array.
export interface Pony {
  id: string;
  name: string;
  ageYears: number;
  chukkasThisWeek: number;
}

export interface VetNote {
  ponyId: string;
  date: string;
  text: string;
  restDays: number;
}

export interface VetRecords {
  recentNotes(ponyId: string, days: number): Promise<VetNote[]>;
}

export interface Logger {
  warn(msg: string, meta?: Record<string, unknown>): void;
}

export interface MatchCardEntry {
  ponyId: string;
  name: string;
  chukkasAllowed: number;
  vetNotes: VetNote[];
}

const MAX_CHUKKAS_PER_WEEK = 6;

export class MatchCardBuilder {
  constructor(
    private readonly vet: VetRecords,
    private readonly log: Logger,
  ) {}

  entryFor(pony: Pony): MatchCardEntry {
    const base = pony.ageYears > 16 ? 1 : 2;
    const remaining = Math.max(0, MAX_CHUKKAS_PER_WEEK - pony.chukkasThisWeek);

    let vetNotes: VetNote[] = [];
    this.vet
      .recentNotes(pony.id, 14)
      .then((notes) => {
        vetNotes = notes.filter((n) => n.restDays > 0);
      })
      .catch((err: unknown) => {
        this.log.warn('vet notes unavailable', { ponyId: pony.id, error: String(err) });
      });

    return {
      ponyId: pony.id,
      name: pony.name,
      chukkasAllowed: vetNotes.length > 0 ? 0 : Math.min(base, remaining),
      vetNotes,
    };
  }

  card(ponies: Pony[]): MatchCardEntry[] {
    return ponies
      .map((p) => this.entryFor(p))
      .sort((a, b) => b.chukkasAllowed - a.chukkasAllowed || a.name.localeCompare(b.name));
  }

  static totalChukkas(entries: MatchCardEntry[]): number {
    return entries.reduce((n, e) => n + e.chukkasAllowed, 0);
  }
}

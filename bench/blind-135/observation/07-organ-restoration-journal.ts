// expect: no-floating-promises
// The journal.append call returns a promise that recordVoicing neither awaits nor returns, so journal write failures are dropped and the entry may not exist when the method resolves.
export interface OrganPipe {
  pipeId: string;
  stop: string;
  note: string;
  cutUpMm: number;
  windwayMm: number;
  pitchCents: number;
  updatedAt: string;
}

export interface VoicingChange {
  cutUpMm?: number;
  windwayMm?: number;
  pitchCents?: number;
  craftsperson: string;
  remark?: string;
}

export interface PipeRepository {
  getPipe(pipeId: string): Promise<OrganPipe | null>;
  savePipe(pipe: OrganPipe): Promise<void>;
}

export interface JournalEntry {
  pipeId: string;
  at: string;
  by: string;
  before: Partial<OrganPipe>;
  after: Partial<OrganPipe>;
  remark?: string;
}

export interface RestorationJournal {
  append(entry: JournalEntry): Promise<void>;
  entriesFor(pipeId: string): Promise<JournalEntry[]>;
}

export class VoicingService {
  constructor(private repo: PipeRepository, private journal: RestorationJournal) {}

  async recordVoicing(pipeId: string, change: VoicingChange): Promise<OrganPipe> {
    const pipe = await this.repo.getPipe(pipeId);
    if (!pipe) throw new Error(`pipe ${pipeId} is not catalogued`);

    const updated: OrganPipe = {
      ...pipe,
      cutUpMm: change.cutUpMm ?? pipe.cutUpMm,
      windwayMm: change.windwayMm ?? pipe.windwayMm,
      pitchCents: change.pitchCents ?? pipe.pitchCents,
      updatedAt: new Date().toISOString(),
    };
    if (updated.cutUpMm <= 0 || updated.windwayMm <= 0) {
      throw new RangeError(`pipe ${pipeId}: voicing dimensions must be positive`);
    }

    await this.repo.savePipe(updated);
    this.journal.append({
      pipeId,
      at: updated.updatedAt,
      by: change.craftsperson,
      before: { cutUpMm: pipe.cutUpMm, windwayMm: pipe.windwayMm, pitchCents: pipe.pitchCents },
      after: { cutUpMm: updated.cutUpMm, windwayMm: updated.windwayMm, pitchCents: updated.pitchCents },
      remark: change.remark,
    });
    return updated;
  }

  async history(pipeId: string): Promise<string[]> {
    const entries = await this.journal.entriesFor(pipeId);
    return entries
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((e) => `${e.at.slice(0, 10)} ${e.by}: pitch ${e.before.pitchCents} -> ${e.after.pitchCents} cents`);
  }
}

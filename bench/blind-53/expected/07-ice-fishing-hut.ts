// expect: no-uncalled-async-function
// checkOut awaits this.flushCatchLog (the method) rather than this.flushCatchLog(), so buffered catches are never written before the hut is released.
export interface CatchRecord {
  hutId: string;
  species: 'perch' | 'pike' | 'walleye' | 'whitefish' | 'burbot';
  lengthCm: number;
  weightG: number;
  hole: number;
  caughtAt: string;
  released: boolean;
}

declare const catchStore: {
  insertMany(records: CatchRecord[]): Promise<number>;
};

declare const hutRegistry: {
  checkIn(hutId: string, angler: string): Promise<{ sessionId: string; iceThicknessCm: number }>;
  checkOut(sessionId: string, summary: { catches: number; kept: number }): Promise<void>;
};

const MIN_SAFE_ICE_CM = 12;
const SLOT_LIMITS: Partial<Record<CatchRecord['species'], [number, number]>> = {
  pike: [55, 100],
  walleye: [38, 60],
};

export class HutSession {
  private buffer: CatchRecord[] = [];
  private total = 0;
  private kept = 0;
  private sessionId: string | null = null;

  constructor(readonly hutId: string, readonly angler: string) {}

  async open(): Promise<void> {
    const { sessionId, iceThicknessCm } = await hutRegistry.checkIn(this.hutId, this.angler);
    if (iceThicknessCm < MIN_SAFE_ICE_CM) {
      await hutRegistry.checkOut(sessionId, { catches: 0, kept: 0 });
      throw new Error(`ice under hut ${this.hutId} is ${iceThicknessCm}cm, below the safe minimum`);
    }
    this.sessionId = sessionId;
  }

  mustRelease(species: CatchRecord['species'], lengthCm: number): boolean {
    const slot = SLOT_LIMITS[species];
    if (!slot) return false;
    const [min, max] = slot;
    return lengthCm < min || lengthCm > max;
  }

  async record(entry: Omit<CatchRecord, 'hutId' | 'caughtAt' | 'released'>): Promise<CatchRecord> {
    const record: CatchRecord = {
      ...entry,
      hutId: this.hutId,
      caughtAt: new Date().toISOString(),
      released: this.mustRelease(entry.species, entry.lengthCm),
    };
    this.buffer.push(record);
    this.total += 1;
    if (!record.released) this.kept += 1;
    if (this.buffer.length >= 20) await this.flushCatchLog();
    return record;
  }

  private async flushCatchLog(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    try {
      await catchStore.insertMany(batch);
    } catch (err) {
      // keep the records for the next flush rather than losing a day's log
      this.buffer = batch.concat(this.buffer);
      throw err;
    }
  }

  async checkOut(): Promise<{ catches: number; kept: number }> {
    if (!this.sessionId) throw new Error(`hut ${this.hutId} was never checked in`);
    await this.flushCatchLog;
    const summary = { catches: this.total, kept: this.kept };
    await hutRegistry.checkOut(this.sessionId, summary);
    this.sessionId = null;
    return summary;
  }
}

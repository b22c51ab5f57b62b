// expect: no-uncalled-async-function
// close() awaits this.flushPendingFinds (the method) rather than calling it, so buffered finds are dropped when the database closes.
export interface FindRecord {
  findNumber: string;
  trench: string;
  context: number;
  material: 'ceramic' | 'lithic' | 'bone' | 'metal' | 'glass' | 'organic';
  depthCm: number;
  gridRef: [easting: number, northing: number];
  description: string;
  recordedBy: string;
}

interface SiteDatabase {
  insertFinds(rows: FindRecord[]): Promise<number>;
  nextFindNumber(trench: string): Promise<number>;
  close(): Promise<void>;
}

declare function openSiteDatabase(siteCode: string): Promise<SiteDatabase>;

export class FindRegister {
  private buffer: FindRecord[] = [];
  private closed = false;

  private constructor(
    private readonly siteCode: string,
    private readonly db: SiteDatabase,
    private readonly batchSize: number,
  ) {}

  static async open(siteCode: string, batchSize = 25): Promise<FindRegister> {
    const db = await openSiteDatabase(siteCode);
    return new FindRegister(siteCode, db, batchSize);
  }

  async record(find: Omit<FindRecord, 'findNumber'>): Promise<string> {
    if (this.closed) throw new Error(`find register for ${this.siteCode} is closed`);
    if (find.depthCm < 0) throw new RangeError(`negative depth for context ${find.context}`);
    const seq = await this.db.nextFindNumber(find.trench);
    const findNumber = `${this.siteCode}-${find.trench}-${String(seq).padStart(4, '0')}`;
    this.buffer.push({ ...find, findNumber });
    if (this.buffer.length >= this.batchSize) {
      await this.flushPendingFinds();
    }
    return findNumber;
  }

  async flushPendingFinds(): Promise<number> {
    if (this.buffer.length === 0) return 0;
    const batch = this.buffer;
    this.buffer = [];
    try {
      return await this.db.insertFinds(batch);
    } catch (err) {
      this.buffer = batch.concat(this.buffer);
      throw err;
    }
  }

  pendingByMaterial(): Record<FindRecord['material'], number> {
    const counts: Record<FindRecord['material'], number> = {
      ceramic: 0,
      lithic: 0,
      bone: 0,
      metal: 0,
      glass: 0,
      organic: 0,
    };
    for (const f of this.buffer) counts[f.material] += 1;
    return counts;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.flushPendingFinds;
    await this.db.close();
  }
}

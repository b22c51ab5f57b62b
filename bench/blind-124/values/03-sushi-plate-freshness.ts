// expect: none
// The RFID scan callback assigns tags and then resolves a promise that is awaited before tags is read, so the expiry check always sees the completed scan.
export interface PlateTag {
  uid: string;
  sku: string;
  placedAt: number;
}

export interface RfidLaneReader {
  scan(lane: number, cb: (err: Error | null, tags?: PlateTag[]) => void): void;
}

export interface PullArm {
  divert(lane: number, uid: string): Promise<void>;
}

export interface FreshnessResult {
  lane: number;
  onBelt: number;
  pulled: string[];
}

export class PlateFreshnessGuard {
  constructor(
    private readonly reader: RfidLaneReader,
    private readonly arm: PullArm,
    private readonly maxAgeMs: Record<string, number>,
    private readonly defaultMaxAgeMs = 55 * 60_000,
  ) {}

  private maxAgeFor(sku: string): number {
    // raw fish on rice goes first; tamago and inari last longer
    return this.maxAgeMs[sku] ?? this.defaultMaxAgeMs;
  }

  async sweepLane(lane: number, now = Date.now()): Promise<FreshnessResult> {
    let tags: PlateTag[] = [];
    await new Promise<void>((resolve, reject) => {
      this.reader.scan(lane, (err, found) => {
        if (err) {
          reject(err);
          return;
        }
        tags = found ?? [];
        resolve();
      });
    });

    const expired = tags.filter((t) => now - t.placedAt > this.maxAgeFor(t.sku));
    const pulled: string[] = [];
    for (const tag of expired) {
      await this.arm.divert(lane, tag.uid);
      pulled.push(tag.uid);
    }
    return { lane, onBelt: tags.length - pulled.length, pulled };
  }

  async sweepAll(lanes: number[]): Promise<FreshnessResult[]> {
    const results: FreshnessResult[] = [];
    // one pull arm per station, lanes share it
    for (const lane of lanes) {
      results.push(await this.sweepLane(lane));
    }
    return results;
  }
}

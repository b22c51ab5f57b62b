// expect: no-promise-as-value
// The guard tests `!this.refractometer.isBelowLimit(frame)` without awaiting, and a Promise is always truthy, so the wet-frame branch never runs and frames above the moisture limit go into the extractor and ferment in the drum.
export interface Frame {
  id: string;
  hiveId: string;
  cappedPercent: number;
}

export interface Refractometer {
  isBelowLimit(frame: Frame, limitPercent?: number): Promise<boolean>;
}

export interface DryingRoom {
  admit(frames: Frame[]): void;
}

export interface Extractor {
  load(frames: Frame[]): Promise<void>;
}

export interface SortResult {
  extracted: string[];
  toDryingRoom: string[];
  leftOnHive: string[];
}

const CAPPED_MINIMUM = 80;
const SPOT_CHECK_BELOW = 95;

export class SuperSorter {
  constructor(
    private readonly refractometer: Refractometer,
    private readonly dryingRoom: DryingRoom,
    private readonly extractor: Extractor,
  ) {}

  async sort(frames: Frame[]): Promise<SortResult> {
    const result: SortResult = { extracted: [], toDryingRoom: [], leftOnHive: [] };
    const ready: Frame[] = [];
    const wet: Frame[] = [];

    for (const frame of frames) {
      if (frame.cappedPercent < CAPPED_MINIMUM) {
        result.leftOnHive.push(frame.id);
        continue;
      }
      if (frame.cappedPercent < SPOT_CHECK_BELOW && !this.refractometer.isBelowLimit(frame, 18.6)) {
        wet.push(frame);
        continue;
      }
      ready.push(frame);
    }

    if (wet.length > 0) {
      this.dryingRoom.admit(wet);
      result.toDryingRoom = wet.map((f) => f.id);
    }
    if (ready.length > 0) {
      await this.extractor.load(ready);
      result.extracted = ready.map((f) => f.id);
    }
    return result;
  }
}

export function sortSummary(r: SortResult): string {
  return [
    `${r.extracted.length} frames extracted`,
    `${r.toDryingRoom.length} sent to drying room`,
    `${r.leftOnHive.length} left on hive to cap`,
  ].join(', ');
}

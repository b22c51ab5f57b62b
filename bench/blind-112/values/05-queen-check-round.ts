// expect: none
// Each async check is awaited inside the condition, so the truthiness tests and the ?? fallback operate on resolved booleans and numbers, not on promises.
export interface HiveInspection {
  hiveId: string;
  apiary: string;
  inspectedOn: string;
  framesOfBrood: number;
  queenSeen: boolean;
  eggsSeen: boolean;
}

export interface InspectionDb {
  latest(hiveId: string): Promise<HiveInspection | undefined>;
  queenCellsReported(hiveId: string): Promise<boolean>;
  broodFramesOverride(hiveId: string): Promise<number | undefined>;
}

export interface Requeening {
  scheduleQueen(hiveId: string, reason: string): Promise<{ deliveryDate: string }>;
}

export type QueenStatus = 'queenright' | 'superseding' | 'queenless' | 'unknown';

export class QueenCheckRound {
  constructor(
    private readonly db: InspectionDb,
    private readonly requeening: Requeening,
  ) {}

  async statusOf(hiveId: string): Promise<QueenStatus> {
    const inspection = await this.db.latest(hiveId);
    if (!inspection) return 'unknown';
    if (inspection.queenSeen || inspection.eggsSeen) return 'queenright';
    if (await this.db.queenCellsReported(hiveId)) return 'superseding';
    return 'queenless';
  }

  async broodFrames(hiveId: string): Promise<number> {
    const override = await this.db.broodFramesOverride(hiveId);
    return override ?? (await this.db.latest(hiveId))?.framesOfBrood ?? 0;
  }

  async round(hiveIds: string[]): Promise<Map<string, QueenStatus>> {
    const statuses = new Map<string, QueenStatus>();
    for (const hiveId of hiveIds) {
      const status = await this.statusOf(hiveId);
      statuses.set(hiveId, status);
      if (status === 'queenless' && (await this.broodFrames(hiveId)) < 2) {
        const { deliveryDate } = await this.requeening.scheduleQueen(hiveId, 'queenless with little brood');
        console.info(`hive ${hiveId}: new queen due ${deliveryDate}`);
      }
    }
    return statuses;
  }
}

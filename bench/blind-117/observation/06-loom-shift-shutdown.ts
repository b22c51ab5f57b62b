// expect: no-unchecked-settled-results
// The shutdown report only keeps the fulfilled allSettled entries, so looms that failed to stop (and why) are silently dropped from the result.
export interface LoomController {
  readonly loomId: string;
  readonly hall: string;
  stop(reason: string): Promise<{ picksWoven: number; warpTensionN: number }>;
  lockOut(): Promise<void>;
}

export interface ShiftShutdownReport {
  shift: 'early' | 'late' | 'night';
  stopped: number;
  picksWoven: number;
  averageTensionN: number;
  finishedAt: Date;
}

export interface ShiftLog {
  append(entry: Record<string, unknown>): Promise<void>;
}

export class LoomShiftShutdown {
  constructor(
    private readonly looms: LoomController[],
    private readonly log: ShiftLog,
  ) {}

  private hallsInUse(): string[] {
    return [...new Set(this.looms.map((l) => l.hall))].sort();
  }

  async endShift(shift: ShiftShutdownReport['shift']): Promise<ShiftShutdownReport> {
    const reason = `end of ${shift} shift`;
    const results = await Promise.allSettled(
      this.looms.map(async (loom) => {
        const totals = await loom.stop(reason);
        await loom.lockOut();
        return { loomId: loom.loomId, ...totals };
      }),
    );

    const stopped = results
      .filter((r): r is PromiseFulfilledResult<{ loomId: string; picksWoven: number; warpTensionN: number }> => r.status === 'fulfilled')
      .map((r) => r.value);

    const picksWoven = stopped.reduce((sum, s) => sum + s.picksWoven, 0);
    const averageTensionN = stopped.length === 0 ? 0 : stopped.reduce((sum, s) => sum + s.warpTensionN, 0) / stopped.length;

    const report: ShiftShutdownReport = {
      shift,
      stopped: stopped.length,
      picksWoven,
      averageTensionN: Math.round(averageTensionN),
      finishedAt: new Date(),
    };

    await this.log.append({
      type: 'shift-end',
      halls: this.hallsInUse(),
      ...report,
      finishedAt: report.finishedAt.toISOString(),
    });
    return report;
  }

  static metersOfCloth(picksWoven: number, picksPerCm: number): number {
    if (picksPerCm <= 0) throw new RangeError('picksPerCm must be positive');
    return picksWoven / picksPerCm / 100;
  }
}

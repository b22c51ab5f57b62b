// expect: none
// ready is a promise property (awaited, not a method) that never rejects, and render is an arrow property safely passed to then().
export interface PullEvent {
  stationId: string;
  folds: number;
  strands: number;
  at: number;
}

export interface Tally {
  stationId: string;
  bowls: number;
  strands: number;
  longestFold: number;
}

interface Calibration {
  strandsPerFold: number[];
  minimumFolds: number;
}

declare const calibrationService: {
  fetch(stationId: string): Promise<Calibration>;
};

declare const tallyStore: {
  append(event: PullEvent): Promise<void>;
  tally(stationId: string, sinceMs: number): Promise<Tally>;
};

declare const kitchenLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

export class PullCounter {
  readonly ready: Promise<boolean>;
  private calibration: Calibration = { strandsPerFold: [], minimumFolds: 6 };

  constructor(private readonly stationId: string) {
    this.ready = this.loadCalibration().then(
      () => true,
      (err: unknown) => {
        kitchenLog.warn('using default pull calibration', { stationId, err: String(err) });
        return false;
      },
    );
  }

  private async loadCalibration(): Promise<void> {
    const calibration = await calibrationService.fetch(this.stationId);
    if (calibration.strandsPerFold.length === 0) {
      throw new Error(`empty calibration for ${this.stationId}`);
    }
    this.calibration = calibration;
  }

  private expectedStrands(folds: number): number {
    return this.calibration.strandsPerFold[folds] ?? 2 ** folds;
  }

  async record(folds: number): Promise<PullEvent> {
    await this.ready;
    if (folds < this.calibration.minimumFolds) {
      throw new RangeError(`${folds} folds is below the house minimum of ${this.calibration.minimumFolds}`);
    }
    const event: PullEvent = {
      stationId: this.stationId,
      folds,
      strands: this.expectedStrands(folds),
      at: Date.now(),
    };
    await tallyStore.append(event);
    return event;
  }

  private readonly render = (tally: Tally): string => {
    const perBowl = tally.bowls ? Math.round(tally.strands / tally.bowls) : 0;
    return `${tally.stationId}: ${tally.bowls} bowls, ~${perBowl} strands/bowl, longest fold ${tally.longestFold}`;
  };

  summary(sinceMs: number): Promise<string> {
    return tallyStore.tally(this.stationId, sinceMs).then(this.render);
  }

  async shiftReport(shiftStart: number): Promise<{ calibrated: boolean; line: string }> {
    const [calibrated, line] = await Promise.all([this.ready, this.summary(shiftStart)]);
    return { calibrated, line };
  }
}

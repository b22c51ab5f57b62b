// expect: none
// calibration is a memoized promise property (not a method) that is awaited, and inflateOne is an arrow property handed to a helper that expects a function.
export interface Balloon {
  id: string;
  character: string;
  envelopeM3: number;
  chambers: number;
}

export interface Calibration {
  regulatorOffsetKpa: number;
  ambientC: number;
  takenAt: number;
}

export interface InflationLog {
  balloonId: string;
  cubicMetres: number;
  finalKpa: number;
}

declare const heliumTrailer: {
  calibrateRegulator(): Promise<Calibration>;
  openValve(chamber: string, kpa: number): Promise<number>;
  readPressure(chamber: string): Promise<number>;
};

async function forEachSequential<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const item of items) {
    out.push(await fn(item));
  }
  return out;
}

const TARGET_KPA = 1.8;
const CALIBRATION_MAX_AGE_MS = 20 * 60_000;

export class InflationCrew {
  private calibration: Promise<Calibration> | undefined;

  constructor(private readonly log: (line: string) => void = () => {}) {}

  private currentCalibration(): Promise<Calibration> {
    if (!this.calibration) {
      this.calibration = heliumTrailer.calibrateRegulator().catch((err: unknown) => {
        this.calibration = undefined;
        throw err;
      });
    }
    return this.calibration;
  }

  private inflateOne = async (balloon: Balloon): Promise<InflationLog> => {
    let cal = await this.currentCalibration();
    if (Date.now() - cal.takenAt > CALIBRATION_MAX_AGE_MS) {
      this.calibration = undefined;
      cal = await this.currentCalibration();
    }
    const setpoint = TARGET_KPA + cal.regulatorOffsetKpa;
    let cubicMetres = 0;
    for (let c = 1; c <= balloon.chambers; c++) {
      cubicMetres += await heliumTrailer.openValve(`${balloon.id}-c${c}`, setpoint);
    }
    const finalKpa = await heliumTrailer.readPressure(`${balloon.id}-c1`);
    this.log(`${balloon.character}: ${cubicMetres.toFixed(0)}m3 at ${finalKpa.toFixed(2)}kPa`);
    return { balloonId: balloon.id, cubicMetres, finalKpa };
  };

  async inflateLineup(balloons: readonly Balloon[]): Promise<InflationLog[]> {
    const ordered = [...balloons].sort((a, b) => b.envelopeM3 - a.envelopeM3);
    await this.calibration;
    return forEachSequential(ordered, this.inflateOne);
  }

  underfilled(logs: readonly InflationLog[], balloons: readonly Balloon[]): string[] {
    const byId = new Map(balloons.map((b) => [b.id, b]));
    return logs
      .filter((log) => {
        const balloon = byId.get(log.balloonId);
        return balloon !== undefined && log.cubicMetres < balloon.envelopeM3 * 0.95;
      })
      .map((log) => log.balloonId);
  }
}

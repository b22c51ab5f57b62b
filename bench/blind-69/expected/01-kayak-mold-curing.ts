// expect: no-uncalled-async-function
// prepare() puts the purgeResinLine arrow function itself into Promise.all instead of calling it, so the resin line is never purged before injection.
export interface CureProfile {
  resin: 'polyethylene' | 'polyester' | 'epoxy';
  preheatC: number;
  injectBar: number;
  cureMinutes: number;
  coolToC: number;
}

export interface CureRecord {
  moldId: string;
  hullSerial: string;
  startedAt: string;
  finishedAt: string;
  peakC: number;
}

declare const rotoOven: {
  preheat(moldId: string, targetC: number): Promise<void>;
  readTemperature(moldId: string): Promise<number>;
  hold(moldId: string, minutes: number): Promise<number>;
  coolDown(moldId: string, targetC: number): Promise<void>;
};

declare const resinLine: {
  purge(lineId: string): Promise<void>;
  waitForPressure(lineId: string, bar: number): Promise<void>;
  inject(lineId: string, moldId: string, bar: number): Promise<{ litres: number }>;
};

declare const plantHistorian: {
  record(record: CureRecord): Promise<void>;
};

export class CuringStation {
  private busy = false;

  constructor(
    readonly moldId: string,
    private readonly lineId: string,
    private readonly log: (message: string) => void = console.log,
  ) {}

  private purgeResinLine = async (): Promise<void> => {
    await resinLine.purge(this.lineId);
    await resinLine.waitForPressure(this.lineId, 1.5);
    this.log(`line ${this.lineId} purged`);
  };

  private async prepare(profile: CureProfile): Promise<void> {
    this.log(`preparing mold ${this.moldId} for ${profile.resin}`);
    await Promise.all([rotoOven.preheat(this.moldId, profile.preheatC), this.purgeResinLine]);
    const actual = await rotoOven.readTemperature(this.moldId);
    if (Math.abs(actual - profile.preheatC) > 5) {
      throw new Error(`mold ${this.moldId} preheat drifted to ${actual}C (wanted ${profile.preheatC}C)`);
    }
  }

  async cureHull(hullSerial: string, profile: CureProfile): Promise<CureRecord> {
    if (this.busy) {
      throw new Error(`station ${this.moldId} already curing`);
    }
    this.busy = true;
    const startedAt = new Date().toISOString();
    try {
      await this.prepare(profile);
      const { litres } = await resinLine.inject(this.lineId, this.moldId, profile.injectBar);
      this.log(`injected ${litres.toFixed(1)}L into ${this.moldId}`);

      const peakC = await rotoOven.hold(this.moldId, profile.cureMinutes);
      await rotoOven.coolDown(this.moldId, profile.coolToC);

      const record: CureRecord = {
        moldId: this.moldId,
        hullSerial,
        startedAt,
        finishedAt: new Date().toISOString(),
        peakC,
      };
      await plantHistorian.record(record);
      return record;
    } finally {
      this.busy = false;
    }
  }
}

export async function runShift(
  stations: readonly CuringStation[],
  queue: Array<{ hullSerial: string; profile: CureProfile }>,
): Promise<CureRecord[]> {
  const done: CureRecord[] = [];
  await Promise.all(
    stations.map(async (station) => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        done.push(await station.cureHull(job.hullSerial, job.profile));
      }
    }),
  );
  return done;
}

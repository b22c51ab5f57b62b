// expect: none
// The import steps are stored as thunks and arrow functions, and run() invokes each one with task() before awaiting, so every step really executes.
export interface SurveyStation {
  name: string;
  x: number;
  y: number;
  z: number;
}

export interface SurveyShot {
  from: string;
  to: string;
  lengthM: number;
  azimuthDeg: number;
  inclinationDeg: number;
}

export interface SurveyDb {
  upsertStations(surveyId: string, stations: SurveyStation[]): Promise<void>;
  upsertShots(surveyId: string, shots: SurveyShot[]): Promise<void>;
  rebuildLineplot(surveyId: string): Promise<number>;
  setStatus(surveyId: string, status: 'importing' | 'ready' | 'failed'): Promise<void>;
}

export interface SurveyFile {
  surveyId: string;
  stations: SurveyStation[];
  shots: SurveyShot[];
}

type Step = { name: string; run: () => Promise<unknown> };

export class SurveyImporter {
  constructor(private readonly db: SurveyDb) {}

  async import(file: SurveyFile): Promise<void> {
    this.validate(file);
    const loadData: Step[] = [
      { name: 'stations', run: () => this.db.upsertStations(file.surveyId, file.stations) },
      { name: 'shots', run: () => this.db.upsertShots(file.surveyId, file.shots) },
    ];
    const finish: Step[] = [{ name: 'lineplot', run: () => this.db.rebuildLineplot(file.surveyId) }];

    await this.db.setStatus(file.surveyId, 'importing');
    try {
      await Promise.all(loadData.map((step) => this.run(file.surveyId, step)));
      for (const step of finish) await this.run(file.surveyId, step);
      await this.db.setStatus(file.surveyId, 'ready');
    } catch (err) {
      await this.db.setStatus(file.surveyId, 'failed');
      throw err;
    }
  }

  private async run(surveyId: string, step: Step): Promise<void> {
    try {
      await step.run();
    } catch (err) {
      throw new Error(`survey ${surveyId}: step ${step.name} failed`, { cause: err });
    }
  }

  private validate(file: SurveyFile): void {
    const names = new Set(file.stations.map((s) => s.name));
    for (const shot of file.shots) {
      if (!names.has(shot.from) || !names.has(shot.to)) {
        throw new Error(`shot ${shot.from}→${shot.to} references an unknown station`);
      }
      if (shot.lengthM <= 0 || shot.lengthM > 100) throw new Error(`shot ${shot.from}→${shot.to} has an implausible length`);
      if (Math.abs(shot.inclinationDeg) > 90) throw new Error(`shot ${shot.from}→${shot.to} has an impossible inclination`);
    }
  }
}

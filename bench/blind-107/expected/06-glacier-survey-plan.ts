// expect: none
// The survey generator yields task thunks on purpose, and runSurvey invokes each one (`await task.run()`), so every stake is actually read and uploaded rather than a function object being treated as a result.
export interface Stake {
  id: string;
  lat: number;
  lon: number;
  elevationM: number;
  hasLogger: boolean;
}

export interface FieldKit {
  readLogger(stakeId: string): Promise<number[]>;
  measureManually(stakeId: string): Promise<number>;
  upload(stakeId: string, mm: number[]): Promise<void>;
}

export interface SurveyTask {
  stakeId: string;
  kind: 'logger' | 'manual';
  run: () => Promise<number>;
}

/** Walk the stakes from the terminus upwards; loggers first at each elevation band. */
export function* surveyPlan(stakes: Stake[], kit: FieldKit): Generator<SurveyTask> {
  const ordered = [...stakes].sort((a, b) => a.elevationM - b.elevationM || Number(b.hasLogger) - Number(a.hasLogger));
  for (const stake of ordered) {
    if (stake.hasLogger) {
      yield {
        stakeId: stake.id,
        kind: 'logger',
        run: async () => {
          const series = await kit.readLogger(stake.id);
          await kit.upload(stake.id, series);
          return series.length;
        },
      };
    } else {
      yield {
        stakeId: stake.id,
        kind: 'manual',
        run: async () => {
          const mm = await kit.measureManually(stake.id);
          await kit.upload(stake.id, [mm]);
          return 1;
        },
      };
    }
  }
}

export async function runSurvey(plan: Iterable<SurveyTask>, daylightEndsAt: number): Promise<{ done: string[]; skipped: string[]; samples: number }> {
  const done: string[] = [];
  const skipped: string[] = [];
  let samples = 0;
  for (const task of plan) {
    if (Date.now() > daylightEndsAt) {
      skipped.push(task.stakeId);
      continue;
    }
    samples += await task.run();
    done.push(`${task.stakeId} (${task.kind})`);
  }
  return { done, skipped, samples };
}

// expect: none
// The kiln connection is a lazily created promise property awaited through ensureConnected(), and every .then callback returns a call result rather than a function.
export interface GlazeRecipe {
  code: string;
  peakC: number;
  rampCPerHour: number;
  soakMinutes: number;
  reduction: boolean;
}

export interface FiringBatch {
  batchId: string;
  teapots: number;
  glazeCode: string;
  shelfLayout: string[];
}

export interface FiringLog {
  batchId: string;
  peakReachedC: number;
  durationMinutes: number;
  coneBent: boolean;
}

interface KilnClient {
  connect(): Promise<void>;
  currentTemperature(): Promise<number>;
  runProgram(segments: Array<{ toC: number; cPerHour: number; holdMin: number }>): Promise<{ minutes: number; peakC: number }>;
  checkWitnessCone(): Promise<boolean>;
}

declare const recipes: {
  load(code: string): Promise<GlazeRecipe>;
};

declare const studioLog: {
  save(log: FiringLog): Promise<void>;
};

export class KilnSession {
  private connected: Promise<void> | undefined;

  constructor(private readonly kiln: KilnClient, private readonly maxStartC = 60) {}

  private ensureConnected(): Promise<void> {
    this.connected ??= this.kiln.connect().catch((err: unknown) => {
      this.connected = undefined;
      throw err;
    });
    return this.connected;
  }

  private program(recipe: GlazeRecipe) {
    const segments = [
      { toC: 600, cPerHour: 100, holdMin: 0 },
      { toC: recipe.peakC, cPerHour: recipe.rampCPerHour, holdMin: recipe.soakMinutes },
    ];
    if (recipe.reduction) {
      segments.splice(1, 0, { toC: 1000, cPerHour: recipe.rampCPerHour, holdMin: 20 });
    }
    return segments;
  }

  async fire(batch: FiringBatch): Promise<FiringLog> {
    await this.ensureConnected();
    const [recipe, startC] = await Promise.all([recipes.load(batch.glazeCode), this.kiln.currentTemperature()]);
    if (startC > this.maxStartC) {
      throw new Error(`kiln still at ${startC}C; wait for it to cool before loading ${batch.batchId}`);
    }

    const log = await this.kiln.runProgram(this.program(recipe)).then((run) =>
      this.kiln.checkWitnessCone().then((coneBent) => ({
        batchId: batch.batchId,
        peakReachedC: run.peakC,
        durationMinutes: run.minutes,
        coneBent,
      })),
    );

    await studioLog.save(log);
    return log;
  }
}

export async function fireAll(session: KilnSession, batches: readonly FiringBatch[]): Promise<FiringLog[]> {
  const logs: FiringLog[] = [];
  for (const batch of batches) {
    logs.push(await session.fire(batch));
  }
  return logs;
}

// expect: no-uncalled-async-function
// bug: `this.primeCausticTank` is passed to Promise.all uncalled, so the tank is never primed before the wash program runs.
export type KegType = 'sankey-50' | 'sankey-30' | 'cornelius-19' | 'cask-firkin';

export interface WashProgram {
  kegType: KegType;
  steps: Array<{ medium: 'water' | 'caustic' | 'acid' | 'steam' | 'co2'; seconds: number; celsius?: number }>;
}

export interface WashRecord {
  kegId: string;
  program: KegType;
  startedAt: Date;
  finishedAt: Date;
  causticConductivity: number;
}

declare const washController: {
  loadProgram(kegType: KegType): Promise<WashProgram>;
  runStep(head: number, step: WashProgram['steps'][number]): Promise<void>;
  causticConductivity(): Promise<number>;
  dose(tank: 'caustic' | 'acid', millilitres: number): Promise<void>;
  heat(tank: 'caustic' | 'acid', celsius: number): Promise<void>;
};

declare const washHistory: {
  append(record: WashRecord): Promise<void>;
};

const CAUSTIC_TARGET_MS_CM = 85;

export class KegWashLine {
  private primedAt = 0;

  constructor(
    private readonly head: number,
    private readonly primeValidityMs = 20 * 60_000,
  ) {}

  private async primeCausticTank(): Promise<void> {
    if (Date.now() - this.primedAt < this.primeValidityMs) {
      return;
    }
    const conductivity = await washController.causticConductivity();
    if (conductivity < CAUSTIC_TARGET_MS_CM) {
      const shortfall = CAUSTIC_TARGET_MS_CM - conductivity;
      await washController.dose('caustic', Math.ceil(shortfall * 12));
    }
    await washController.heat('caustic', 75);
    this.primedAt = Date.now();
  }

  private async loadCycleProgram(kegType: KegType): Promise<WashProgram> {
    const program = await washController.loadProgram(kegType);
    if (program.steps.length === 0) {
      throw new Error(`wash program for ${kegType} has no steps`);
    }
    return program;
  }

  async wash(kegId: string, kegType: KegType): Promise<WashRecord> {
    const startedAt = new Date();
    const [, program] = await Promise.all([this.primeCausticTank, this.loadCycleProgram(kegType)]);

    for (const step of program.steps) {
      await washController.runStep(this.head, step);
    }

    const record: WashRecord = {
      kegId,
      program: kegType,
      startedAt,
      finishedAt: new Date(),
      causticConductivity: await washController.causticConductivity(),
    };
    await washHistory.append(record);
    return record;
  }
}

export async function washPallet(line: KegWashLine, kegs: Array<{ id: string; type: KegType }>): Promise<WashRecord[]> {
  const records: WashRecord[] = [];
  for (const keg of kegs) {
    records.push(await line.wash(keg.id, keg.type));
  }
  return records;
}

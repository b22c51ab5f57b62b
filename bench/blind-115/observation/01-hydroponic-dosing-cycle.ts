// expect: none
// Both sensor reads are started together inside Promise.all and every pump call is awaited as soon as it is made, so no promise is left pending without a handler.
export interface BaySensors {
  readEc(bay: string): Promise<number>;
  readPh(bay: string): Promise<number>;
}

export interface DosingPumps {
  dose(bay: string, solution: 'nutrient' | 'ph-down' | 'ph-up', millilitres: number): Promise<void>;
}

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
}

export interface DoseRecord {
  bay: string;
  ecBefore: number;
  phBefore: number;
  nutrientMl: number;
  phAdjustMl: number;
}

const TARGET_EC = 1.4;
const TARGET_PH = 6.0;
const ML_PER_EC_STEP = 35;
const ML_PER_PH_STEP = 12;

export function planDose(ec: number, ph: number): { nutrientMl: number; phAdjustMl: number } {
  const nutrientMl = ec < TARGET_EC - 0.1 ? Math.round(((TARGET_EC - ec) / 0.1) * ML_PER_EC_STEP) : 0;
  const phDelta = ph - TARGET_PH;
  const phAdjustMl = Math.abs(phDelta) > 0.3 ? Math.round((phDelta / 0.1) * ML_PER_PH_STEP) : 0;
  return { nutrientMl, phAdjustMl };
}

export class DosingCycle {
  constructor(
    private readonly sensors: BaySensors,
    private readonly pumps: DosingPumps,
    private readonly log: Logger,
  ) {}

  async run(bays: string[]): Promise<DoseRecord[]> {
    const records: DoseRecord[] = [];
    for (const bay of bays) {
      const [ec, ph] = await Promise.all([this.sensors.readEc(bay), this.sensors.readPh(bay)]);
      const plan = planDose(ec, ph);

      if (plan.nutrientMl > 0) {
        await this.pumps.dose(bay, 'nutrient', plan.nutrientMl);
      }
      if (plan.phAdjustMl > 0) {
        await this.pumps.dose(bay, 'ph-down', plan.phAdjustMl);
      } else if (plan.phAdjustMl < 0) {
        await this.pumps.dose(bay, 'ph-up', -plan.phAdjustMl);
      }

      this.log.info('dosed bay', { bay, ec, ph, ...plan });
      records.push({ bay, ecBefore: ec, phBefore: ph, ...plan });
    }
    return records;
  }
}

// expect: no-unchecked-settled-results
// Promise.allSettled over valve commands, but rejected entries are never inspected: every block is reported and logged as irrigated.
export type BlockId = `blk-${string}`;

export interface IrrigationBlock {
  id: BlockId;
  varietal: string;
  valveAddress: number;
  soilMoistureKpa: number;
  targetKpa: number;
  flowLitresPerMin: number;
}

export interface IrrigationRun {
  startedAt: Date;
  blocks: BlockId[];
  plannedMinutes: Record<BlockId, number>;
}

declare const modbus: {
  openValve(address: number, minutes: number): Promise<void>;
};

declare const runLog: {
  append(run: IrrigationRun): Promise<void>;
};

declare const weather: {
  rainForecastMm(hours: number): Promise<number>;
};

const MAX_MINUTES = 90;

export function minutesFor(block: IrrigationBlock): number {
  // drier soil (higher tension) needs a longer set
  const deficit = block.soilMoistureKpa - block.targetKpa;
  if (deficit <= 0) return 0;
  const minutes = Math.round(deficit * 1.5 * (40 / block.flowLitresPerMin));
  return Math.min(minutes, MAX_MINUTES);
}

export class ValveScheduler {
  constructor(
    private readonly blocks: IrrigationBlock[],
    private readonly rainSkipMm = 6,
  ) {}

  async runCycle(now = new Date()): Promise<IrrigationRun | null> {
    const rain = await weather.rainForecastMm(24);
    if (rain >= this.rainSkipMm) {
      return null;
    }

    const planned = this.blocks.map((b) => ({ block: b, minutes: minutesFor(b) })).filter((p) => p.minutes > 0);

    const results = await Promise.allSettled(planned.map((p) => modbus.openValve(p.block.valveAddress, p.minutes)));

    const plannedMinutes = {} as Record<BlockId, number>;
    for (const p of planned) {
      plannedMinutes[p.block.id] = p.minutes;
    }

    const run: IrrigationRun = {
      startedAt: now,
      blocks: planned.map((p) => p.block.id),
      plannedMinutes,
    };

    console.info(`irrigation cycle: ${results.length} valves commanded`);
    await runLog.append(run);
    return run;
  }
}

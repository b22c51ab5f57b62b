// expect: no-read-before-settle
// coldest is lowered inside each sensor's read callback but compared right after the loop, before any callback has run, so the decision is always made on the initial Infinity.
export interface CanopySensor {
  readonly id: string;
  read(cb: (err: Error | null, celsius?: number) => void): void;
}

export interface OrchardBlock {
  id: string;
  variety: string;
  bloomStage: 'dormant' | 'bud-swell' | 'full-bloom' | 'petal-fall';
  sensors: CanopySensor[];
}

export interface FanGroup {
  start(blockId: string): Promise<void>;
  stop(blockId: string): Promise<void>;
  isRunning(blockId: string): boolean;
}

/** Critical temperatures (10% bud kill) by phenological stage, °C. */
const CRITICAL_C: Record<OrchardBlock['bloomStage'], number> = {
  dormant: -8,
  'bud-swell': -4,
  'full-bloom': -2.2,
  'petal-fall': -1.7,
};

export type FanDecision = 'start' | 'stop' | 'hold';

export class FrostFanScheduler {
  constructor(
    private readonly fans: FanGroup,
    private readonly marginC = 1.5,
    private readonly hysteresisC = 1,
  ) {}

  async evaluate(block: OrchardBlock): Promise<FanDecision> {
    let coldest = Number.POSITIVE_INFINITY;
    for (const sensor of block.sensors) {
      sensor.read((err, celsius) => {
        if (!err && celsius !== undefined) coldest = Math.min(coldest, celsius);
      });
    }

    if (coldest === Number.POSITIVE_INFINITY) return 'hold';

    const startAt = CRITICAL_C[block.bloomStage] + this.marginC;
    const running = this.fans.isRunning(block.id);
    if (!running && coldest <= startAt) {
      await this.fans.start(block.id);
      return 'start';
    }
    if (running && coldest > startAt + this.hysteresisC) {
      await this.fans.stop(block.id);
      return 'stop';
    }
    return 'hold';
  }

  async evaluateOrchard(blocks: OrchardBlock[]): Promise<Record<string, FanDecision>> {
    const decisions: Record<string, FanDecision> = {};
    for (const block of blocks) {
      decisions[block.id] = await this.evaluate(block);
    }
    return decisions;
  }
}

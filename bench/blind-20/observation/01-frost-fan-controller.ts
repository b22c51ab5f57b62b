// expect: none
// Temperature and wind reads start together and are joined with Promise.all, so either rejection is observed.
import { setTimeout as delay } from 'node:timers/promises';

export interface VineyardBlock {
  id: string;
  fans: string[];
  minTempC: number;
}

export interface BlockDecision {
  blockId: string;
  tempC: number;
  windMs: number;
  rpm: number;
}

declare const fanBus: {
  readTemperature(blockId: string, signal?: AbortSignal): Promise<number>;
  readWindSpeed(blockId: string, signal?: AbortSignal): Promise<number>;
  setFan(fanId: string, rpm: number): Promise<void>;
};

const MAX_RPM = 590;
const SPIN_UP_STAGGER_MS = 750;

// Fans only help during a radiative frost; with wind above ~2.5 m/s the
// inversion layer is already mixed and running them just burns diesel.
function chooseRpm(tempC: number, windMs: number, minTempC: number): number {
  if (windMs > 2.5) return 0;
  const deficit = minTempC - tempC;
  if (deficit <= 0) return 0;
  return Math.min(MAX_RPM, Math.round(220 + deficit * 140));
}

export class FrostFanController {
  private lastDecision = new Map<string, BlockDecision>();

  constructor(private readonly timeoutMs = 5_000) {}

  async evaluateBlock(block: VineyardBlock): Promise<BlockDecision> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    const tempReading = fanBus.readTemperature(block.id, signal);
    const windReading = fanBus.readWindSpeed(block.id, signal);
    const [tempC, windMs] = await Promise.all([tempReading, windReading]);

    const rpm = chooseRpm(tempC, windMs, block.minTempC);
    const previous = this.lastDecision.get(block.id);

    if (!previous || previous.rpm !== rpm) {
      // Stagger spin-up so the generator doesn't see all inrush at once.
      for (const fanId of block.fans) {
        await fanBus.setFan(fanId, rpm);
        if (rpm > 0) await delay(SPIN_UP_STAGGER_MS);
      }
    }

    const decision: BlockDecision = { blockId: block.id, tempC, windMs, rpm };
    this.lastDecision.set(block.id, decision);
    return decision;
  }

  async evaluateAll(blocks: VineyardBlock[]): Promise<BlockDecision[]> {
    const decisions: BlockDecision[] = [];
    for (const block of blocks) {
      decisions.push(await this.evaluateBlock(block));
    }
    return decisions;
  }

  snapshot(): BlockDecision[] {
    return [...this.lastDecision.values()];
  }
}

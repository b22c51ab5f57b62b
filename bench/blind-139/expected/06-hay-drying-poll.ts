// expect: none
// The drying poll calls probe.read() afresh on every iteration, so each loop observes a new reading rather than the first settled one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface MoistureProbe {
  id: string;
  read(): Promise<{ moisturePct: number; tempC: number }>;
}

export interface DryingTarget {
  maxMoisturePct: number;
  maxTempC: number;
}

export type DryingOutcome =
  | { status: 'dry'; moisturePct: number; polls: number }
  | { status: 'overheating'; tempC: number; polls: number }
  | { status: 'gave-up'; lastMoisturePct: number; polls: number };

export async function pollUntilDry(
  probe: MoistureProbe,
  target: DryingTarget,
  options: { intervalMs: number; maxPolls: number; signal?: AbortSignal },
): Promise<DryingOutcome> {
  let lastMoisture = Number.NaN;
  for (let polls = 1; polls <= options.maxPolls; polls++) {
    const reading = await probe.read();
    lastMoisture = reading.moisturePct;

    if (reading.tempC > target.maxTempC) {
      return { status: 'overheating', tempC: reading.tempC, polls };
    }
    if (reading.moisturePct <= target.maxMoisturePct) {
      return { status: 'dry', moisturePct: reading.moisturePct, polls };
    }
    if (polls < options.maxPolls) {
      await sleep(options.intervalMs, undefined, { signal: options.signal });
    }
  }
  return { status: 'gave-up', lastMoisturePct: lastMoisture, polls: options.maxPolls };
}

export class DryingShed {
  private readonly outcomes = new Map<string, DryingOutcome>();

  constructor(private readonly probes: readonly MoistureProbe[], private readonly target: DryingTarget) {}

  async watch(intervalMs: number, maxPolls: number, signal?: AbortSignal): Promise<Map<string, DryingOutcome>> {
    const results = await Promise.all(
      this.probes.map(async (probe) => {
        const outcome = await pollUntilDry(probe, this.target, { intervalMs, maxPolls, signal });
        return [probe.id, outcome] as const;
      }),
    );
    for (const [id, outcome] of results) this.outcomes.set(id, outcome);
    return this.outcomes;
  }

  readyToStack(): string[] {
    return [...this.outcomes]
      .filter(([, o]) => o.status === 'dry')
      .map(([id]) => id);
  }

  fireRisk(): string[] {
    return [...this.outcomes]
      .filter(([, o]) => o.status === 'overheating')
      .map(([id]) => id);
  }
}

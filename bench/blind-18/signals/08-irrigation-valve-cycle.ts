// expect: require-signal-propagation
// runZone holds the cycle's signal but sleeps between moisture polls with an uncancellable timers/promises setTimeout, so a stop request waits out the full poll interval with the valve open.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ZoneConfig {
  zoneId: string;
  block: string;
  targetMoisturePct: number;
  maxRunMinutes: number;
}

export interface ZoneRunResult {
  zoneId: string;
  litres: number;
  minutes: number;
  reason: 'target-reached' | 'max-runtime' | 'stopped';
}

declare const valveController: {
  open(zoneId: string, opts?: { signal?: AbortSignal }): Promise<{ flowLpm: number }>;
  close(zoneId: string): Promise<void>;
};

declare const soilProbes: {
  moisture(block: string, opts?: { signal?: AbortSignal }): Promise<number>;
};

export class IrrigationCycle {
  constructor(
    private readonly zones: readonly ZoneConfig[],
    private readonly pollIntervalMs = 90_000,
  ) {}

  async run(signal: AbortSignal): Promise<ZoneRunResult[]> {
    const results: ZoneRunResult[] = [];
    for (const zone of this.zones) {
      if (signal.aborted) break;
      results.push(await this.runZone(zone, signal));
    }
    return results;
  }

  private async runZone(zone: ZoneConfig, signal: AbortSignal): Promise<ZoneRunResult> {
    const startedAt = Date.now();
    const { flowLpm } = await valveController.open(zone.zoneId, { signal });
    let reason: ZoneRunResult['reason'] = 'max-runtime';

    try {
      while (Date.now() - startedAt < zone.maxRunMinutes * 60_000) {
        if (signal.aborted) {
          reason = 'stopped';
          break;
        }
        const moisture = await soilProbes.moisture(zone.block, { signal });
        if (moisture >= zone.targetMoisturePct) {
          reason = 'target-reached';
          break;
        }
        await sleep(this.pollIntervalMs);
      }
    } finally {
      // Always shut the valve, even if the probe read throws.
      await valveController.close(zone.zoneId);
    }

    const minutes = (Date.now() - startedAt) / 60_000;
    return {
      zoneId: zone.zoneId,
      litres: Math.round(flowLpm * minutes),
      minutes: Math.round(minutes * 10) / 10,
      reason,
    };
  }
}

export function totalLitres(results: readonly ZoneRunResult[]): number {
  return results.reduce((sum, r) => sum + r.litres, 0);
}

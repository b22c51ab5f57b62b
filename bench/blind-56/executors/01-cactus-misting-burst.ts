// expect: no-multiple-settle
// waitForHumidity resolves when the bed reaches target RH but never clears its timeout, so the timer later calls reject on the already-settled promise.
import { EventEmitter } from 'node:events';

export interface HumidityReading {
  bedId: string;
  relativeHumidity: number;
  takenAt: number;
}

export interface MistingZone {
  bedId: string;
  targetHumidity: number;
  maxBurstMs: number;
  nozzleIds: string[];
}

export type BurstOutcome = 'already-humid' | 'reached' | 'timed-out';

declare const valveBus: {
  open(nozzleId: string): Promise<void>;
  close(nozzleId: string): Promise<void>;
};

declare const nurseryLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export class HumiditySensorHub extends EventEmitter {
  private readonly latest = new Map<string, HumidityReading>();

  ingest(reading: HumidityReading): void {
    this.latest.set(reading.bedId, reading);
    this.emit('reading', reading);
  }

  last(bedId: string): HumidityReading | undefined {
    return this.latest.get(bedId);
  }
}

export function waitForHumidity(
  hub: HumiditySensorHub,
  bedId: string,
  target: number,
  timeoutMs: number,
): Promise<HumidityReading> {
  return new Promise((resolve, reject) => {
    const onReading = (reading: HumidityReading) => {
      if (reading.bedId !== bedId || reading.relativeHumidity < target) return;
      hub.off('reading', onReading);
      resolve(reading);
    };

    setTimeout(() => {
      hub.off('reading', onReading);
      reject(new Error(`bed ${bedId} did not reach ${target}% RH within ${timeoutMs}ms`));
    }, timeoutMs);

    hub.on('reading', onReading);
  });
}

async function closeAll(nozzleIds: readonly string[]): Promise<void> {
  for (const nozzleId of nozzleIds) {
    await valveBus.close(nozzleId);
  }
}

export async function runMistingBurst(hub: HumiditySensorHub, zone: MistingZone): Promise<BurstOutcome> {
  const current = hub.last(zone.bedId);
  if (current && current.relativeHumidity >= zone.targetHumidity) {
    nurseryLog.info('bed already humid, skipping burst', {
      bedId: zone.bedId,
      rh: current.relativeHumidity,
    });
    return 'already-humid';
  }

  const opened: string[] = [];
  try {
    for (const nozzleId of zone.nozzleIds) {
      await valveBus.open(nozzleId);
      opened.push(nozzleId);
    }
    const reading = await waitForHumidity(hub, zone.bedId, zone.targetHumidity, zone.maxBurstMs);
    nurseryLog.info('target humidity reached', {
      bedId: zone.bedId,
      rh: reading.relativeHumidity,
      nozzles: opened.length,
    });
    return 'reached';
  } catch (err) {
    nurseryLog.warn('misting burst ended without reaching target', {
      bedId: zone.bedId,
      reason: err instanceof Error ? err.message : String(err),
    });
    return 'timed-out';
  } finally {
    await closeAll(opened);
  }
}

export async function runMorningSchedule(
  hub: HumiditySensorHub,
  zones: readonly MistingZone[],
): Promise<Map<string, BurstOutcome>> {
  const outcomes = new Map<string, BurstOutcome>();
  for (const zone of zones) {
    outcomes.set(zone.bedId, await runMistingBurst(hub, zone));
  }
  const timedOut = [...outcomes.values()].filter((o) => o === 'timed-out').length;
  if (timedOut > zones.length / 2) {
    nurseryLog.warn('more than half of the beds missed their humidity target', { timedOut });
  }
  return outcomes;
}

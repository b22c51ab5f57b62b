// expect: none
// Concurrent callers deliberately share one in-flight schedule load; a failed load is evicted so the next call starts a fresh attempt, and the poll loop calls readFlow anew each time.
export interface PumpSchedule {
  fountainId: string;
  slots: Array<{ startMinute: number; endMinute: number; flowLps: number; pattern: string }>;
  version: number;
}

export interface FlowReading {
  pumpId: string;
  flowLps: number;
  headM: number;
}

declare const civicApi: {
  fetchSchedule(fountainId: string): Promise<PumpSchedule>;
};
declare const pumpBus: {
  readFlow(pumpId: string): Promise<FlowReading>;
  setFlow(pumpId: string, flowLps: number): Promise<void>;
};
declare const waterworksLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class FountainScheduleCache {
  private readonly inflight = new Map<string, Promise<PumpSchedule>>();
  private readonly loaded = new Map<string, PumpSchedule>();

  getSchedule(fountainId: string): Promise<PumpSchedule> {
    const cached = this.loaded.get(fountainId);
    if (cached) return Promise.resolve(cached);

    let pending = this.inflight.get(fountainId);
    if (!pending) {
      pending = civicApi.fetchSchedule(fountainId).then(
        (schedule) => {
          this.loaded.set(fountainId, schedule);
          this.inflight.delete(fountainId);
          return schedule;
        },
        (err: unknown) => {
          this.inflight.delete(fountainId);
          throw err;
        },
      );
      this.inflight.set(fountainId, pending);
    }
    return pending;
  }

  invalidate(fountainId: string): void {
    this.loaded.delete(fountainId);
  }
}

export function activeSlot(schedule: PumpSchedule, now: Date): PumpSchedule['slots'][number] | undefined {
  const minute = now.getHours() * 60 + now.getMinutes();
  return schedule.slots.find((slot) => slot.startMinute <= minute && minute < slot.endMinute);
}

export async function settleFlow(pumpId: string, targetLps: number, attempts = 10, intervalMs = 2_000): Promise<FlowReading> {
  await pumpBus.setFlow(pumpId, targetLps);
  let reading = await pumpBus.readFlow(pumpId);
  for (let i = 1; i < attempts && Math.abs(reading.flowLps - targetLps) > 0.5; i++) {
    await pause(intervalMs);
    reading = await pumpBus.readFlow(pumpId);
  }
  if (Math.abs(reading.flowLps - targetLps) > 0.5) {
    waterworksLog.warn('pump did not reach target flow', { pumpId, targetLps, actual: reading.flowLps });
  }
  return reading;
}

export async function applySchedules(cache: FountainScheduleCache, pumps: Map<string, string>, now = new Date()): Promise<FlowReading[]> {
  const readings: FlowReading[] = [];
  for (const [pumpId, fountainId] of pumps) {
    const schedule = await cache.getSchedule(fountainId);
    const slot = activeSlot(schedule, now);
    readings.push(await settleFlow(pumpId, slot?.flowLps ?? 0));
  }
  return readings;
}

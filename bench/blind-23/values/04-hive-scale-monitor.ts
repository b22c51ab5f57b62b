// expect: none
// Correct: values set in the 'reading' listener are only read inside that listener or after awaiting once(), which resolves when the event has fired.
import { EventEmitter, once } from 'node:events';

export interface ScaleReading {
  hiveId: string;
  grams: number;
  takenAt: Date;
}

interface ApiaryNotifier {
  swarmSuspected(hiveId: string, lostGrams: number): Promise<void>;
  nectarFlow(hiveId: string, gainedGrams: number): Promise<void>;
}

declare const cooperativeNotifier: ApiaryNotifier;

// A sudden drop of this much usually means a swarm left the hive.
const SWARM_DROP_GRAMS = 1_500;
const FLOW_GAIN_GRAMS = 2_000;

export class HiveScaleMonitor extends EventEmitter {
  private readonly lastWeight = new Map<string, number>();
  private dailyBaseline = new Map<string, number>();

  constructor(private readonly notifier: ApiaryNotifier = cooperativeNotifier) {
    super();
    this.on('reading', (r: ScaleReading) => this.handleReading(r));
  }

  ingest(raw: string): void {
    const [hiveId, grams, epoch] = raw.split(',');
    const reading: ScaleReading = {
      hiveId,
      grams: Number(grams),
      takenAt: new Date(Number(epoch) * 1000),
    };
    if (Number.isFinite(reading.grams)) this.emit('reading', reading);
  }

  private handleReading(r: ScaleReading): void {
    const previous = this.lastWeight.get(r.hiveId);
    this.lastWeight.set(r.hiveId, r.grams);
    if (!this.dailyBaseline.has(r.hiveId)) this.dailyBaseline.set(r.hiveId, r.grams);

    if (previous !== undefined && previous - r.grams >= SWARM_DROP_GRAMS) {
      this.notifier.swarmSuspected(r.hiveId, previous - r.grams).catch((err) => this.emit('error', err));
    }
    const baseline = this.dailyBaseline.get(r.hiveId)!;
    if (r.grams - baseline >= FLOW_GAIN_GRAMS) {
      this.notifier.nectarFlow(r.hiveId, r.grams - baseline).catch((err) => this.emit('error', err));
      this.dailyBaseline.set(r.hiveId, r.grams);
    }
  }

  resetDay(): void {
    this.dailyBaseline = new Map(this.lastWeight);
  }

  // Used by the inspection app: wait for the next reading from a given hive.
  async nextReading(hiveId: string, signal?: AbortSignal): Promise<ScaleReading> {
    let latest: ScaleReading | undefined;
    while (!latest || latest.hiveId !== hiveId) {
      const [reading] = (await once(this, 'reading', { signal })) as [ScaleReading];
      latest = reading;
    }
    return latest;
  }

  weightOf(hiveId: string): number | undefined {
    return this.lastWeight.get(hiveId);
  }
}

export function trackColonyGrowth(monitor: HiveScaleMonitor, hiveId: string): () => number {
  let gained = 0;
  let start: number | undefined;
  const onReading = (r: ScaleReading) => {
    if (r.hiveId !== hiveId) return;
    start ??= r.grams;
    gained = r.grams - start;
    if (gained > 10_000) console.log(`hive ${hiveId} has gained ${gained} g since tracking began`);
  };
  monitor.on('reading', onReading);
  return () => {
    monitor.off('reading', onReading);
    return gained;
  };
}

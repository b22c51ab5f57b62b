// expect: none
// The 'reading' listener is synchronous and hands the async record call a catch that forwards failures to the recorder's 'error' event, so no promise is left unhandled.
import { EventEmitter } from 'node:events';

export interface BogReading {
  bed: string;
  waterDepthCm: number;
  soilTempC: number;
  takenAt: string;
}

export interface ReadingStore {
  insert(reading: BogReading): Promise<void>;
  latest(bed: string): Promise<BogReading | undefined>;
}

export interface FrostAlarm {
  raise(bed: string, tempC: number): Promise<void>;
}

const FROST_THRESHOLD_C = -1.5;

export class BogSensorRecorder extends EventEmitter {
  private recorded = 0;

  constructor(
    private readonly source: EventEmitter,
    private readonly store: ReadingStore,
    private readonly alarm: FrostAlarm,
  ) {
    super();
  }

  start(): void {
    this.source.on('reading', this.onReading);
  }

  stop(): void {
    this.source.off('reading', this.onReading);
  }

  get count(): number {
    return this.recorded;
  }

  private readonly onReading = (reading: BogReading): void => {
    this.record(reading).catch((err: unknown) => {
      this.emit('error', err instanceof Error ? err : new Error(String(err)));
    });
  };

  private async record(reading: BogReading): Promise<void> {
    if (!Number.isFinite(reading.waterDepthCm) || !Number.isFinite(reading.soilTempC)) {
      throw new Error(`malformed reading from ${reading.bed}`);
    }
    await this.store.insert(reading);
    this.recorded++;
    if (reading.soilTempC <= FROST_THRESHOLD_C && reading.waterDepthCm < 5) {
      await this.alarm.raise(reading.bed, reading.soilTempC);
    }
  }
}

export async function depthTrend(store: ReadingStore, beds: string[]): Promise<Record<string, number | null>> {
  const out: Record<string, number | null> = {};
  for (const bed of beds) {
    const latest = await store.latest(bed);
    out[bed] = latest ? latest.waterDepthCm : null;
  }
  return out;
}

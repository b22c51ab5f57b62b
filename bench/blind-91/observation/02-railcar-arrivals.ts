// expect: no-floating-promises
// The async 'tag' listener's promise is ignored by EventEmitter, so a failed car lookup or insert becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface AeiTag {
  readerId: string;
  reportingMark: string;
  carNumber: number;
  axleCount: number;
  readAt: Date;
}

interface Railcar {
  id: string;
  reportingMark: string;
  carNumber: number;
  hazmatClass: string | null;
  destinationTrack: string;
}

declare const db: {
  findCar(mark: string, number: number): Promise<Railcar | null>;
  recordArrival(carId: string, readerId: string, at: Date): Promise<void>;
  recordUnknownTag(tag: AeiTag): Promise<void>;
};

declare const hazmatDesk: { page(message: string): Promise<void> };

export class ArrivalRecorder {
  private arrivals = 0;

  constructor(private readonly reader: EventEmitter, private readonly yard: string) {}

  start(): void {
    this.reader.on('tag', async (tag: AeiTag) => {
      const car = await db.findCar(tag.reportingMark, tag.carNumber);
      if (!car) {
        await db.recordUnknownTag(tag);
        return;
      }
      await db.recordArrival(car.id, tag.readerId, tag.readAt);
      this.arrivals++;
      if (car.hazmatClass) {
        await hazmatDesk.page(
          `${car.reportingMark} ${car.carNumber} (class ${car.hazmatClass}) arrived at ${this.yard}, route to ${car.destinationTrack}`,
        );
      }
    });

    this.reader.on('error', (err: Error) => {
      console.error(`AEI reader on ${this.yard} failed`, err);
    });
  }

  stop(): void {
    this.reader.removeAllListeners('tag');
  }

  get count(): number {
    return this.arrivals;
  }
}

export function formatTag(tag: AeiTag): string {
  const mark = tag.reportingMark.padEnd(4, ' ');
  const number = String(tag.carNumber).padStart(6, '0');
  return `${mark}${number} axles=${tag.axleCount} @${tag.readAt.toISOString()}`;
}

export async function replayTags(recorder: EventEmitter, tags: AeiTag[], gapMs = 0): Promise<void> {
  for (const tag of tags) {
    recorder.emit('tag', tag);
    if (gapMs > 0) await new Promise<void>((r) => setTimeout(r, gapMs));
  }
}

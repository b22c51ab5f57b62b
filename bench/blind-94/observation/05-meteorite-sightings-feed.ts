// expect: none
// The 'message' listener is synchronous and routes the async handler's rejection to .catch, so nothing floats from the emitter.
import { EventEmitter, once } from 'node:events';

interface FireballReport {
  reportId: string;
  observedAt: string;
  lat: number;
  lon: number;
  magnitude: number;
  bearingDeg?: number;
}

declare const feed: EventEmitter & { connect(url: string): void; disconnect(): void };
declare const triangulator: {
  addObservation(report: FireballReport): Promise<{ eventId: string; observations: number }>;
};
declare const notifier: { alert(eventId: string, message: string): Promise<void> };

export class SightingsIngest extends EventEmitter {
  private processed = 0;
  private failures = 0;

  constructor(private readonly feedUrl: string) {
    super();
  }

  async start(): Promise<void> {
    feed.on('message', (raw: string) => {
      this.handle(raw).catch((err: unknown) => {
        this.failures++;
        this.emit('ingest-error', err);
      });
    });
    feed.connect(this.feedUrl);
    await once(feed, 'open');
  }

  stop(): void {
    feed.removeAllListeners('message');
    feed.disconnect();
  }

  get stats() {
    return { processed: this.processed, failures: this.failures };
  }

  private async handle(raw: string): Promise<void> {
    const report = JSON.parse(raw) as FireballReport;
    if (report.magnitude > -4) {
      // too faint to be a meteorite-dropping fireball; skip
      return;
    }
    const event = await triangulator.addObservation(report);
    this.processed++;
    if (event.observations === 3) {
      await notifier.alert(
        event.eventId,
        `Fireball ${event.eventId} triangulated from 3 witnesses; strewn field estimate ready`,
      );
    }
  }
}

export async function runIngest(url: string): Promise<SightingsIngest> {
  const ingest = new SightingsIngest(url);
  ingest.on('ingest-error', (err) => console.error('sighting skipped', err));
  await ingest.start();
  return ingest;
}

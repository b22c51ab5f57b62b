// expect: no-multiple-settle
// A request's promise only settles on a matching 'message'; if the worker crashes or exits mid-request the constructor's error handler just logs, so every in-flight lookup hangs forever.
import { Worker } from 'node:worker_threads';
import { randomUUID } from 'node:crypto';

export interface GeoPoint {
  lat: number;
  lon: number;
}
export interface GeoMatch {
  countryCode: string;
  region: string;
  distanceKm: number;
}

type Reply =
  | { id: string; ok: true; matches: GeoMatch[] }
  | { id: string; ok: false; error: string };

export class ReverseGeocoder {
  private readonly worker: Worker;
  private inFlight = 0;

  constructor(workerFile: string, indexPath: string) {
    this.worker = new Worker(workerFile, {
      workerData: { indexPath },
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    this.worker.on('error', (err) => {
      console.error(`[geo] index worker crashed (${this.inFlight} lookups in flight)`, err);
    });
    this.worker.unref();
  }

  lookup(point: GeoPoint, limit = 3): Promise<GeoMatch[]> {
    const id = randomUUID();
    this.inFlight++;
    return new Promise<GeoMatch[]>((resolve, reject) => {
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        this.worker.off('message', onMessage);
        this.inFlight--;
        if (reply.ok) resolve(reply.matches);
        else reject(new Error(`geo lookup failed for ${point.lat},${point.lon}: ${reply.error}`));
      };
      this.worker.on('message', onMessage);
      this.worker.postMessage({ id, point, limit });
    });
  }

  async nearestCountry(point: GeoPoint): Promise<string | null> {
    const [best] = await this.lookup(point, 1);
    return best && best.distanceKm < 50 ? best.countryCode : null;
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

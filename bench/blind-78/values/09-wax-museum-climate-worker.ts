// expect: no-read-before-settle
// requestSnapshot posts to the worker and returns this.lastSnapshot straight away, but that field is only written by the 'message' handler later, so callers get the previous (or no) snapshot.
import { Worker } from 'node:worker_threads';

export interface GallerySnapshot {
  gallery: string;
  tempC: number;
  relativeHumidity: number;
  dewPointC: number;
  takenAt: number;
}

export type ClimateSnapshot = Record<string, GallerySnapshot>;

type WorkerMessage = { type: 'snapshot'; data: ClimateSnapshot } | { type: 'sensor-lost'; gallery: string };

declare const sensorWorkerScript: URL;
declare const hvac: { setpoint(gallery: string, tempC: number, rh: number): Promise<void> };
declare const alerts: { page(message: string): void };

// Wax figures: keep below ~22°C and 45-55% RH; pigments bloom and seams soften outside that band.
const TARGET_C = 20;
const TARGET_RH = 50;

function dewPoint(tempC: number, rh: number): number {
  const a = 17.62;
  const b = 243.12;
  const gamma = Math.log(rh / 100) + (a * tempC) / (b + tempC);
  return (b * gamma) / (a - gamma);
}

export class ClimateMonitor {
  private readonly worker: Worker;
  private lastSnapshot: ClimateSnapshot = {};
  private readonly lostSensors = new Set<string>();

  constructor(galleries: string[]) {
    this.worker = new Worker(sensorWorkerScript, { workerData: { galleries } });
    this.worker.on('message', (msg: WorkerMessage) => {
      if (msg.type === 'snapshot') {
        for (const snap of Object.values(msg.data)) {
          snap.dewPointC = Math.round(dewPoint(snap.tempC, snap.relativeHumidity) * 10) / 10;
          this.lostSensors.delete(snap.gallery);
        }
        this.lastSnapshot = msg.data;
      } else {
        this.lostSensors.add(msg.gallery);
        alerts.page(`climate sensor lost in ${msg.gallery}`);
      }
    });
    this.worker.on('error', (err) => alerts.page(`climate worker crashed: ${err.message}`));
  }

  requestSnapshot(): ClimateSnapshot {
    this.worker.postMessage({ type: 'read-all' });
    return this.lastSnapshot;
  }

  async rebalance(): Promise<string[]> {
    const snapshot = this.requestSnapshot();
    const adjusted: string[] = [];
    for (const snap of Object.values(snapshot)) {
      if (this.lostSensors.has(snap.gallery)) continue;
      const tooWarm = snap.tempC > TARGET_C + 2;
      const rhOff = Math.abs(snap.relativeHumidity - TARGET_RH) > 5;
      if (tooWarm || rhOff) {
        await hvac.setpoint(snap.gallery, TARGET_C, TARGET_RH);
        adjusted.push(snap.gallery);
      }
    }
    return adjusted;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

// expect: no-read-before-settle
// planSetpoints() reads `model`, which is only assigned in the worker's 'message' listener, right after posting the request, so it is always undefined there.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';

export interface RoomReading {
  sensorId: string;
  tempC: number;
  rh: number;
  takenAt: number;
}

interface ModelOutput {
  targetRh: number;
  targetTempC: number;
  dehumidifierDuty: number;
  confidence: number;
}

export interface GallerySetpoints {
  gallery: string;
  tempC: number;
  rh: number;
  dehumidifierDuty: number;
  source: 'model' | 'fallback';
}

// conservation limits for mixed collections (paintings on panel, textiles)
const SAFE_RH = { min: 45, max: 55 };
const SAFE_TEMP = { min: 18, max: 22 };

export class GalleryClimateController {
  private readonly worker: Worker;

  constructor(private readonly gallery: string, modelPath = join(__dirname, 'rh-model-worker.js')) {
    this.worker = new Worker(modelPath, { workerData: { gallery } });
    this.worker.unref();
  }

  planSetpoints(readings: RoomReading[]): GallerySetpoints {
    const recent = readings.filter((r) => Date.now() - r.takenAt < 10 * 60_000);
    if (recent.length === 0) {
      return this.fallback(21, 50);
    }

    let model: ModelOutput | undefined;
    this.worker.once('message', (out: ModelOutput) => {
      model = out;
    });
    this.worker.postMessage({ type: 'predict', readings: recent });

    if (!model || model.confidence < 0.6) {
      const avgT = recent.reduce((s, r) => s + r.tempC, 0) / recent.length;
      const avgRh = recent.reduce((s, r) => s + r.rh, 0) / recent.length;
      return this.fallback(avgT, avgRh);
    }

    return {
      gallery: this.gallery,
      tempC: clamp(model.targetTempC, SAFE_TEMP.min, SAFE_TEMP.max),
      rh: clamp(model.targetRh, SAFE_RH.min, SAFE_RH.max),
      dehumidifierDuty: clamp(model.dehumidifierDuty, 0, 1),
      source: 'model',
    };
  }

  private fallback(avgTemp: number, avgRh: number): GallerySetpoints {
    const rh = clamp(avgRh, SAFE_RH.min, SAFE_RH.max);
    return {
      gallery: this.gallery,
      tempC: clamp(avgTemp, SAFE_TEMP.min, SAFE_TEMP.max),
      rh,
      dehumidifierDuty: avgRh > SAFE_RH.max ? Math.min(1, (avgRh - SAFE_RH.max) / 10) : 0,
      source: 'fallback',
    };
  }

  async shutdown(): Promise<void> {
    await this.worker.terminate();
  }
}

function clamp(v: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, v));
}

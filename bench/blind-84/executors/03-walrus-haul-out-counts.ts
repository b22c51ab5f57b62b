// expect: no-multiple-settle
// The executor only listens for the worker's 'message' event; if the worker throws or exits without posting "done"/"failed" (no 'error' or 'exit' listener), the promise never settles.
import { Worker } from "node:worker_threads";
import * as path from "node:path";

export interface AerialImage {
  id: string;
  beach: string;
  capturedAt: string;
  uri: string;
  groundSampleCm: number;
}

export interface CountResult {
  imageId: string;
  beach: string;
  adults: number;
  calves: number;
  confidence: number;
}

type WorkerMessage =
  | { type: "progress"; fraction: number }
  | { type: "done"; adults: number; calves: number; confidence: number }
  | { type: "failed"; reason: string };

const WORKER_SCRIPT = path.join(__dirname, "haulout-detector.worker.js");
const MIN_CONFIDENCE = 0.6;

export class HaulOutCounter {
  constructor(
    private readonly concurrency = 2,
    private readonly onProgress?: (imageId: string, fraction: number) => void,
  ) {}

  countImage(image: AerialImage): Promise<CountResult> {
    return new Promise<CountResult>((resolve, reject) => {
      const worker = new Worker(WORKER_SCRIPT, {
        workerData: { uri: image.uri, groundSampleCm: image.groundSampleCm },
      });

      worker.on("message", (msg: WorkerMessage) => {
        switch (msg.type) {
          case "progress":
            this.onProgress?.(image.id, msg.fraction);
            break;
          case "done":
            resolve({
              imageId: image.id,
              beach: image.beach,
              adults: msg.adults,
              calves: msg.calves,
              confidence: msg.confidence,
            });
            break;
          case "failed":
            reject(new Error(`detector failed on ${image.id}: ${msg.reason}`));
            break;
        }
      });
    });
  }

  async countSurvey(images: AerialImage[]): Promise<Map<string, CountResult[]>> {
    const byBeach = new Map<string, CountResult[]>();
    for (let i = 0; i < images.length; i += this.concurrency) {
      const batch = images.slice(i, i + this.concurrency);
      const results = await Promise.all(batch.map((img) => this.countImage(img)));
      for (const result of results) {
        if (result.confidence < MIN_CONFIDENCE) continue;
        const list = byBeach.get(result.beach) ?? [];
        list.push(result);
        byBeach.set(result.beach, list);
      }
    }
    return byBeach;
  }
}

export function peakCount(results: CountResult[]): { adults: number; calves: number } {
  let best = { adults: 0, calves: 0 };
  for (const r of results) {
    if (r.adults + r.calves > best.adults + best.calves) best = { adults: r.adults, calves: r.calves };
  }
  return best;
}

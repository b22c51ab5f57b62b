// expect: none
// `this.ready` is a promise field (not a method) and withRetry receives a factory that it calls on every attempt, so each await gets real data.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BladeImage {
  turbineId: string;
  blade: 1 | 2 | 3;
  uri: string;
  capturedAt: string;
}

export interface InspectionPlan {
  turbineId: string;
  waypoints: Array<{ lat: number; lon: number; altM: number }>;
}

declare const droneLink: {
  connect(): Promise<void>;
  fly(plan: InspectionPlan): Promise<BladeImage[]>;
  batteryPercent(droneId: string): Promise<number>;
};

declare const defectModel: {
  classify(image: BladeImage): Promise<{ erosion: number; crack: boolean }>;
};

class TransientLinkError extends Error {}

async function withRetry<T>(label: string, attempt: () => Promise<T>, tries = 3): Promise<T> {
  let lastError: unknown;
  for (let i = 1; i <= tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof TransientLinkError)) throw err;
      lastError = err;
      await sleep(250 * 2 ** i);
    }
  }
  throw new Error(`${label} failed after ${tries} attempts`, { cause: lastError });
}

export class DroneFleet {
  private readonly ready: Promise<void>;

  constructor(private readonly droneId: string) {
    this.ready = withRetry('drone link', () => droneLink.connect());
    // inspect() re-awaits this and reports the failure; this handler only keeps an idle fleet from crashing.
    this.ready.catch(() => undefined);
  }

  async inspect(plan: InspectionPlan): Promise<Array<BladeImage & { erosion: number; crack: boolean }>> {
    await this.ready;
    const battery = await droneLink.batteryPercent(this.droneId);
    if (battery < 35) {
      throw new Error(`drone ${this.droneId} at ${battery}% cannot safely inspect ${plan.turbineId}`);
    }

    const images = await withRetry(`flight over ${plan.turbineId}`, () => droneLink.fly(plan));
    const findings = await Promise.all(images.map((image) => defectModel.classify(image)));
    return images.map((image, i) => ({ ...image, ...findings[i] }));
  }

  async inspectRow(plans: readonly InspectionPlan[]): Promise<Map<string, number>> {
    const worstErosion = new Map<string, number>();
    for (const plan of plans) {
      const results = await this.inspect(plan);
      const worst = results.reduce((max, r) => Math.max(max, r.erosion), 0);
      worstErosion.set(plan.turbineId, worst);
      if (results.some((r) => r.crack)) {
        worstErosion.set(plan.turbineId, Number.POSITIVE_INFINITY);
      }
    }
    return worstErosion;
  }
}

// expect: require-signal-propagation
// solveRoutes accepts options.signal but never checks it or listens for 'abort', so a cancelled plan keeps the solver worker running to completion.
import { Worker } from 'node:worker_threads';

export interface DropPoint {
  id: string;
  lat: number;
  lon: number;
  parcelKg: number;
  windowEnd: number;
}

export interface DroneSpec {
  droneId: string;
  maxPayloadKg: number;
  rangeKm: number;
}

export interface RoutePlan {
  droneId: string;
  stops: string[];
  distanceKm: number;
  loadKg: number;
}

export interface SolveOptions {
  signal?: AbortSignal;
  maxIterations?: number;
  seed?: number;
}

declare const ROUTE_WORKER_PATH: string;

type WorkerReply =
  | { type: 'progress'; iteration: number; bestCostKm: number }
  | { type: 'done'; plans: RoutePlan[] }
  | { type: 'failed'; message: string };

export function solveRoutes(
  hub: { lat: number; lon: number },
  drones: DroneSpec[],
  drops: DropPoint[],
  options: SolveOptions = {},
  onProgress?: (iteration: number, bestCostKm: number) => void,
): Promise<RoutePlan[]> {
  const worker = new Worker(ROUTE_WORKER_PATH, {
    workerData: {
      hub,
      drones,
      drops,
      maxIterations: options.maxIterations ?? 20_000,
      seed: options.seed ?? Date.now(),
    },
  });

  return new Promise<RoutePlan[]>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate().catch(() => undefined);
    };

    worker.on('message', (msg: WorkerReply) => {
      if (msg.type === 'progress') onProgress?.(msg.iteration, msg.bestCostKm);
      else if (msg.type === 'done') finish(() => resolve(msg.plans));
      else finish(() => reject(new Error(`route solver failed: ${msg.message}`)));
    });
    worker.on('error', (err) => finish(() => reject(err)));
    worker.on('exit', (code) => {
      finish(() => reject(new Error(`route solver exited early with code ${code}`)));
    });
  });
}

export function unservedDrops(drops: DropPoint[], plans: RoutePlan[]): DropPoint[] {
  const served = new Set(plans.flatMap((p) => p.stops));
  return drops.filter((d) => !served.has(d.id));
}

export function fleetUtilisation(drones: DroneSpec[], plans: RoutePlan[]): number {
  const capacity = drones.reduce((sum, d) => sum + d.maxPayloadKg, 0);
  const carried = plans.reduce((sum, p) => sum + p.loadKg, 0);
  return capacity === 0 ? 0 : Math.round((carried / capacity) * 1000) / 10;
}

// expect: no-multiple-settle
// The worker promise listens for 'message' and 'error' but not 'exit', so a worker that exits without posting standings leaves it pending forever.
import { Worker } from 'node:worker_threads';

export interface HeatResult {
  heatId: string;
  discipline: 'scratch' | 'tempo' | 'elimination' | 'points';
  placings: Array<{ riderId: string; place: number; sprintPoints: number; lapsGained: number }>;
}

export interface Standing {
  riderId: string;
  points: number;
  rank: number;
}

type WorkerMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'standings'; standings: Standing[] }
  | { kind: 'invalid'; heatId: string; reason: string };

declare const STANDINGS_WORKER_PATH: string;
declare const scoringLog: {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
};

export interface ComputeOptions {
  onProgress?: (done: number, total: number) => void;
  resourceLimits?: { maxOldGenerationSizeMb: number };
}

function computeStandingsInWorker(heats: HeatResult[], options: ComputeOptions): Promise<Standing[]> {
  return new Promise<Standing[]>((resolve, reject) => {
    const worker = new Worker(STANDINGS_WORKER_PATH, {
      workerData: { heats, scoring: 'omnium-uci-2024' },
      resourceLimits: options.resourceLimits,
    });

    const onMessage = (message: WorkerMessage) => {
      switch (message.kind) {
        case 'progress':
          options.onProgress?.(message.done, message.total);
          return;
        case 'standings':
          worker.off('message', onMessage);
          resolve(message.standings);
          return;
        case 'invalid':
          worker.off('message', onMessage);
          reject(new Error(`heat ${message.heatId} rejected by scorer: ${message.reason}`));
          return;
      }
    };
    worker.on('message', onMessage);
    worker.once('error', (err) => {
      worker.off('message', onMessage);
      scoringLog.debug('standings worker crashed', { message: err.message });
      reject(err);
    });
  });
}

function assertScorable(heats: HeatResult[]): void {
  const ids = new Set<string>();
  for (const heat of heats) {
    if (ids.has(heat.heatId)) throw new Error(`heat ${heat.heatId} submitted twice`);
    ids.add(heat.heatId);
    const places = heat.placings.map((p) => p.place).sort((a, b) => a - b);
    places.forEach((place, index) => {
      if (place !== index + 1) throw new Error(`heat ${heat.heatId} has a gap at place ${index + 1}`);
    });
  }
}

export async function omniumStandings(heats: HeatResult[], options: ComputeOptions = {}): Promise<Standing[]> {
  assertScorable(heats);
  const startedAt = performance.now();
  const standings = await computeStandingsInWorker(heats, options);
  scoringLog.info('omnium standings computed', {
    heats: heats.length,
    riders: standings.length,
    ms: Math.round(performance.now() - startedAt),
  });
  return standings;
}

export function podium(standings: readonly Standing[]): Standing[] {
  return standings.filter((s) => s.rank <= 3).sort((a, b) => a.rank - b.rank || b.points - a.points);
}

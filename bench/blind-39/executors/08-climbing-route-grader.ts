// expect: none
// The worker wrapper listens for 'message', 'error' and 'exit'; a shared guard makes the first one win, so the later 'exit' after a reply is ignored.
import { Worker } from 'node:worker_threads';

export interface Hold {
  x: number;
  y: number;
  type: 'jug' | 'crimp' | 'sloper' | 'pinch' | 'pocket';
  angleDeg: number;
}

export interface RouteSetting {
  routeId: string;
  wall: 'cave' | 'slab' | 'vertical' | 'overhang';
  holds: Hold[];
  setter: string;
}

export interface GradeResult {
  routeId: string;
  vGrade: number;
  confidence: number;
  cruxIndex: number;
}

declare const gymConfig: {
  graderScript: string;
  graderTimeoutMs: number;
};

declare const routeBoard: {
  publish(routeId: string, label: string): Promise<void>;
};

function gradeInWorker(route: RouteSetting): Promise<GradeResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(gymConfig.graderScript, {
      workerData: { routeId: route.routeId, wall: route.wall, holds: route.holds },
      resourceLimits: { maxOldGenerationSizeMb: 64 },
    });

    let settled = false;
    const timer = setTimeout(() => {
      finish(() => reject(new Error(`grading ${route.routeId} took longer than ${gymConfig.graderTimeoutMs}ms`)));
      worker.terminate().catch(() => undefined);
    }, gymConfig.graderTimeoutMs);

    function finish(settle: () => void): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      settle();
    }

    worker.once('message', (result: GradeResult) => finish(() => resolve(result)));
    worker.once('error', (err) => finish(() => reject(err)));
    worker.once('exit', (code) =>
      finish(() => reject(new Error(`grader for ${route.routeId} exited with code ${code} before replying`))),
    );
  });
}

function label(result: GradeResult, route: RouteSetting): string {
  const base = `V${result.vGrade}`;
  if (result.confidence < 0.6) return `${base}? (${route.setter})`;
  return `${base} (${route.setter})`;
}

export async function gradeNewSet(routes: RouteSetting[]): Promise<Map<string, GradeResult>> {
  const results = new Map<string, GradeResult>();
  const valid = routes.filter((r) => r.holds.length >= 4);
  const batchSize = 3;

  for (let i = 0; i < valid.length; i += batchSize) {
    const batch = valid.slice(i, i + batchSize);
    const graded = await Promise.all(batch.map((route) => gradeInWorker(route)));
    graded.forEach((g) => results.set(g.routeId, g));
  }

  for (const route of valid) {
    const result = results.get(route.routeId);
    if (result) await routeBoard.publish(route.routeId, label(result, route));
  }
  return results;
}

// expect: no-multiple-settle
// The optimiser wrapper only listens for 'exit'; when spawn itself fails (missing binary, EACCES) only 'error' fires, so the promise never settles.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CompostDrop {
  orderId: string;
  lat: number;
  lng: number;
  bags: number;
  windowStart: string;
  windowEnd: string;
}

export interface PlannedRoute {
  vanId: string;
  stops: Array<{ orderId: string; eta: string }>;
  totalKm: number;
}

declare const depotConfig: {
  optimiserPath: string;
  maxBagsPerVan: number;
  depot: { lat: number; lng: number };
};

declare const routeLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

function toCsv(drops: CompostDrop[]): string {
  const header = 'order_id,lat,lng,bags,window_start,window_end';
  const rows = drops.map((d) =>
    [d.orderId, d.lat.toFixed(6), d.lng.toFixed(6), d.bags, d.windowStart, d.windowEnd].join(','),
  );
  return [header, ...rows].join('\n') + '\n';
}

function vansNeeded(drops: CompostDrop[]): number {
  const bags = drops.reduce((sum, d) => sum + d.bags, 0);
  return Math.max(1, Math.ceil(bags / depotConfig.maxBagsPerVan));
}

function runOptimiser(inputPath: string, outputPath: string, vans: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      depotConfig.optimiserPath,
      [
        '--input', inputPath,
        '--output', outputPath,
        '--vans', String(vans),
        '--depot', `${depotConfig.depot.lat},${depotConfig.depot.lng}`,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );

    child.on('exit', (code, signal) => {
      if (code === 0) {
        resolve();
        return;
      }
      reject(new Error(`route optimiser stopped (${signal ?? `code ${code}`})`));
    });
  });
}

function parseRoutes(raw: string): PlannedRoute[] {
  const parsed = JSON.parse(raw) as { routes?: PlannedRoute[] };
  if (!Array.isArray(parsed.routes)) {
    throw new Error('optimiser output missing "routes"');
  }
  return parsed.routes.filter((r) => r.stops.length > 0);
}

export async function planDeliveryDay(day: string, drops: CompostDrop[]): Promise<PlannedRoute[]> {
  if (drops.length === 0) {
    routeLog.info('no compost drops booked', { day });
    return [];
  }

  const workDir = await mkdtemp(join(tmpdir(), `compost-${day}-`));
  const inputPath = join(workDir, 'drops.csv');
  const outputPath = join(workDir, 'routes.json');

  try {
    await writeFile(inputPath, toCsv(drops), 'utf8');
    const vans = vansNeeded(drops);
    routeLog.info('optimising compost routes', { day, drops: drops.length, vans });

    await runOptimiser(inputPath, outputPath, vans);
    const routes = parseRoutes(await readFile(outputPath, 'utf8'));

    const routed = new Set(routes.flatMap((r) => r.stops.map((s) => s.orderId)));
    const missing = drops.filter((d) => !routed.has(d.orderId));
    if (missing.length > 0) {
      routeLog.warn('optimiser dropped orders', { day, orderIds: missing.map((d) => d.orderId) });
    }
    return routes;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

// expect: no-multiple-settle
// When the route solver fails, the execFile callback rejects but does not return, so it falls through to resolve with a route parsed from the partial stdout (a second settle that is ignored) and runs the parser on garbage for every failed solve.
import { execFile } from 'node:child_process';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Street {
  id: string;
  priority: 1 | 2 | 3;
  lengthKm: number;
}

export interface PlowRoute {
  truckId: string;
  streetOrder: string[];
  totalKm: number;
}

export interface SolverConfig {
  binary: string;
  maxShiftKm: number;
}

function parseRoute(truckId: string, stdout: string): PlowRoute {
  const streetOrder: string[] = [];
  let totalKm = 0;
  for (const line of stdout.split('\n')) {
    const [street, km] = line.trim().split(/\s+/);
    if (!street) continue;
    streetOrder.push(street);
    totalKm += Number(km) || 0;
  }
  return { truckId, streetOrder, totalKm };
}

function runSolver(config: SolverConfig, truckId: string, inputFile: string): Promise<PlowRoute> {
  return new Promise<PlowRoute>((resolve, reject) => {
    execFile(
      config.binary,
      ['--input', inputFile, '--max-km', String(config.maxShiftKm), '--truck', truckId],
      { timeout: 60_000, maxBuffer: 4 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) {
          reject(new Error(`solver failed for ${truckId}: ${stderr || err.message}`));
        }
        resolve(parseRoute(truckId, stdout));
      },
    );
  });
}

export async function planShift(config: SolverConfig, trucks: string[], streets: Street[]): Promise<PlowRoute[]> {
  const dir = await mkdtemp(join(tmpdir(), 'plow-'));
  try {
    const routes: PlowRoute[] = [];
    for (const [i, truckId] of trucks.entries()) {
      const assigned = streets.filter((_, idx) => idx % trucks.length === i);
      const inputFile = join(dir, `${truckId}.tsv`);
      await writeFile(
        inputFile,
        assigned.map((s) => `${s.id}\t${s.priority}\t${s.lengthKm}`).join('\n'),
      );
      routes.push(await runSolver(config, truckId, inputFile));
    }
    return routes;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

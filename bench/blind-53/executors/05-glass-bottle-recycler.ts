// expect: none
// runSorter listens for 'error' and 'close' on the child process; a settled flag stops the close that follows a spawn error from settling again.
import { spawn } from 'node:child_process';

export type GlassColour = 'flint' | 'amber' | 'green' | 'mixed';

export interface SortSummary {
  lotId: string;
  counts: Record<GlassColour, number>;
  rejectedCeramic: number;
  durationMs: number;
}

declare const weighbridge: {
  netWeightKg(lotId: string): Promise<number>;
};

declare const ledger: {
  recordLot(summary: SortSummary & { netKg: number }): Promise<void>;
};

const SORTER_BIN = process.env.OPTICAL_SORTER_BIN ?? '/opt/sorter/bin/optisort';

function parseSorterOutput(stdout: string, lotId: string, durationMs: number): SortSummary {
  const counts: Record<GlassColour, number> = { flint: 0, amber: 0, green: 0, mixed: 0 };
  let rejectedCeramic = 0;
  for (const line of stdout.split('\n')) {
    const match = /^(flint|amber|green|mixed|ceramic)\s+(\d+)$/.exec(line.trim());
    if (!match) continue;
    const n = Number(match[2]);
    if (match[1] === 'ceramic') rejectedCeramic = n;
    else counts[match[1] as GlassColour] = n;
  }
  return { lotId, counts, rejectedCeramic, durationMs };
}

export function runSorter(lotId: string, conveyorSpeed: number): Promise<SortSummary> {
  const started = Date.now();
  return new Promise<SortSummary>((resolve, reject) => {
    let settled = false;
    let stdout = '';
    let stderr = '';

    const child = spawn(SORTER_BIN, ['--lot', lotId, '--speed', String(conveyorSpeed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', (err) => {
      if (settled) return;
      settled = true;
      reject(new Error(`optical sorter failed to start for lot ${lotId}`, { cause: err }));
    });

    child.on('close', (code, signal) => {
      if (settled) return;
      settled = true;
      if (code === 0) {
        resolve(parseSorterOutput(stdout, lotId, Date.now() - started));
      } else {
        const why = signal ? `signal ${signal}` : `exit code ${code}`;
        reject(new Error(`optical sorter ${why} for lot ${lotId}: ${stderr.trim().slice(0, 500)}`));
      }
    });
  });
}

export async function processLot(lotId: string): Promise<SortSummary> {
  const netKg = await weighbridge.netWeightKg(lotId);
  // heavier lots go through slower so the cullet camera keeps up
  const speed = netKg > 2_000 ? 0.6 : 1.0;
  const summary = await runSorter(lotId, speed);
  const total = Object.values(summary.counts).reduce((a, b) => a + b, 0);
  if (total === 0) {
    throw new Error(`lot ${lotId} produced no sorted bottles`);
  }
  await ledger.recordLot({ ...summary, netKg });
  return summary;
}

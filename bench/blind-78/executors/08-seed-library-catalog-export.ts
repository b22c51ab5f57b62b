// expect: none
// The executor listens for both 'error' and 'close' from the child and funnels them through a settled guard, so a spawn failure followed by close cannot settle twice.
import { spawn } from 'node:child_process';

export interface SeedPacket {
  accession: string;
  species: string;
  variety: string;
  harvestYear: number;
  germinationRate: number | null;
  borrowedBy: string | null;
}

export interface ExportSummary {
  packets: SeedPacket[];
  stderr: string;
  durationMs: number;
}

declare const libraryConfig: { catalogCli: string; branch: string };

function parsePackets(jsonLines: string): SeedPacket[] {
  const packets: SeedPacket[] = [];
  for (const line of jsonLines.split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Partial<SeedPacket>;
    if (!row.accession || !row.species) continue;
    packets.push({
      accession: row.accession,
      species: row.species,
      variety: row.variety ?? 'unknown',
      harvestYear: row.harvestYear ?? 0,
      germinationRate: row.germinationRate ?? null,
      borrowedBy: row.borrowedBy ?? null,
    });
  }
  return packets;
}

export function exportCatalog(sinceYear: number): Promise<ExportSummary> {
  const started = Date.now();
  return new Promise<ExportSummary>((resolve, reject) => {
    const child = spawn(libraryConfig.catalogCli, ['export', '--branch', libraryConfig.branch, '--since', String(sinceYear), '--jsonl'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    let stdout = '';
    let stderr = '';
    let settled = false;

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

    child.on('error', (err) => {
      if (settled) return;
      settled = true;
      reject(new Error(`could not run catalog export: ${err.message}`));
    });

    child.on('close', (code, signal) => {
      if (settled) return;
      settled = true;
      if (code !== 0) {
        reject(new Error(`catalog export failed (${signal ?? `exit ${code}`}): ${stderr.trim().slice(0, 500)}`));
        return;
      }
      try {
        resolve({ packets: parsePackets(stdout), stderr, durationMs: Date.now() - started });
      } catch (err) {
        reject(err);
      }
    });
  });
}

export async function overdueLoans(sinceYear: number, returned: Set<string>): Promise<SeedPacket[]> {
  const { packets } = await exportCatalog(sinceYear);
  return packets.filter((p) => p.borrowedBy !== null && !returned.has(p.accession));
}

export async function lowGerminationStock(threshold = 0.6): Promise<string[]> {
  const { packets } = await exportCatalog(new Date().getFullYear() - 5);
  return packets
    .filter((p) => p.germinationRate !== null && p.germinationRate < threshold)
    .map((p) => `${p.species} '${p.variety}' (${p.accession})`);
}

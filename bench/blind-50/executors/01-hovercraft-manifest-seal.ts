// expect: no-multiple-settle
// runSealTool settles only on 'exit'; when the binary cannot be spawned the child emits 'error' instead, so the promise never settles.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ManifestEntry {
  ticket: string;
  passenger: string;
  vehicleReg?: string;
  deck: 'upper' | 'lower' | 'vehicle';
}

export interface CrossingManifest {
  crossingId: string;
  craft: string;
  departs: string;
  entries: ManifestEntry[];
}

export interface SealedManifest {
  crossingId: string;
  signature: string;
  sealedAt: Date;
}

declare const ferryConfig: {
  sealBinary: string;
  coastguardKeyId: string;
  capacity: Record<string, { passengers: number; vehicles: number }>;
};

declare const harbourLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

declare function writeManifestFile(path: string, manifest: CrossingManifest): Promise<void>;

function runSealTool(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(ferryConfig.sealBinary, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code, signal) => {
      if (signal) {
        harbourLog.warn('seal tool terminated by signal', { signal });
      }
      resolve(code ?? 1);
    });
  });
}

export function checkCapacity(manifest: CrossingManifest): string[] {
  const limits = ferryConfig.capacity[manifest.craft];
  if (!limits) return [`unknown craft ${manifest.craft}`];
  const problems: string[] = [];
  const vehicles = manifest.entries.filter((e) => e.deck === 'vehicle').length;
  const passengers = manifest.entries.length;
  if (passengers > limits.passengers) {
    problems.push(`passengers ${passengers} exceed limit ${limits.passengers}`);
  }
  if (vehicles > limits.vehicles) {
    problems.push(`vehicles ${vehicles} exceed limit ${limits.vehicles}`);
  }
  const tickets = new Set<string>();
  for (const entry of manifest.entries) {
    if (tickets.has(entry.ticket)) problems.push(`duplicate ticket ${entry.ticket}`);
    if (entry.deck === 'vehicle' && !entry.vehicleReg) problems.push(`ticket ${entry.ticket} has no registration`);
    tickets.add(entry.ticket);
  }
  return problems;
}

export async function sealManifest(manifest: CrossingManifest): Promise<SealedManifest> {
  const problems = checkCapacity(manifest);
  if (problems.length > 0) {
    throw new Error(`manifest ${manifest.crossingId} rejected: ${problems.join('; ')}`);
  }
  const workDir = await mkdtemp(join(tmpdir(), 'manifest-'));
  try {
    const input = join(workDir, 'manifest.json');
    const output = join(workDir, 'manifest.sig');
    await writeManifestFile(input, manifest);
    const code = await runSealTool(['--key', ferryConfig.coastguardKeyId, '--in', input, '--out', output]);
    if (code !== 0) {
      throw new Error(`seal tool exited with ${code} for ${manifest.crossingId}`);
    }
    const signature = (await readFile(output, 'utf8')).trim();
    harbourLog.info('manifest sealed', { crossingId: manifest.crossingId, entries: manifest.entries.length });
    return { crossingId: manifest.crossingId, signature, sealedAt: new Date() };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

// expect: no-read-before-settle
// Bug: stdout is filled by the 'data' listener, but resolve(parseTelemetry(stdout)) runs synchronously in the executor right after spawning, so it always parses an empty string.
import { spawn } from 'node:child_process';

export interface MachineTelemetry {
  machineId: string;
  coinBoxCents: number;
  billStackerCount: number;
  compressorTempC: number;
  emptyColumns: string[];
}

export interface FleetReport {
  polledAt: string;
  machines: MachineTelemetry[];
  needsService: string[];
}

const VMCTL = process.env.VMCTL_PATH ?? '/opt/vendnet/bin/vmctl';

function parseTelemetry(machineId: string, raw: string): MachineTelemetry {
  const fields = new Map<string, string>();
  for (const line of raw.split('\n')) {
    const idx = line.indexOf('=');
    if (idx > 0) fields.set(line.slice(0, idx).trim(), line.slice(idx + 1).trim());
  }
  return {
    machineId,
    coinBoxCents: Number(fields.get('coin_box') ?? 0),
    billStackerCount: Number(fields.get('bill_stacker') ?? 0),
    compressorTempC: Number(fields.get('compressor_c') ?? Number.NaN),
    emptyColumns: (fields.get('empty') ?? '').split(',').filter(Boolean),
  };
}

export function readMachine(machineId: string, timeoutMs = 8_000): Promise<MachineTelemetry> {
  return new Promise((resolve, reject) => {
    const child = spawn(VMCTL, ['status', '--machine', machineId, '--format', 'kv'], {
      timeout: timeoutMs,
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`vmctl exited ${code} for ${machineId}: ${stderr.trim()}`));
      }
    });

    resolve(parseTelemetry(machineId, stdout));
  });
}

export async function pollFleet(machineIds: string[]): Promise<FleetReport> {
  const results = await Promise.allSettled(machineIds.map((id) => readMachine(id)));
  const machines: MachineTelemetry[] = [];
  const needsService: string[] = [];

  results.forEach((result, i) => {
    if (result.status === 'rejected') {
      needsService.push(machineIds[i]);
      return;
    }
    const t = result.value;
    machines.push(t);
    if (t.compressorTempC > 7 || t.emptyColumns.length >= 3 || t.billStackerCount > 480) {
      needsService.push(t.machineId);
    }
  });

  return { polledAt: new Date().toISOString(), machines, needsService };
}

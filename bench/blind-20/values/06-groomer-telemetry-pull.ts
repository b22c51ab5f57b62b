// expect: none
// Correct: stdout/stderr gathered by 'data' listeners are only read inside the 'close' handler, after the child has finished.
import { spawn } from 'node:child_process';

export interface GroomerPosition {
  unitId: string;
  lat: number;
  lon: number;
  bladeDown: boolean;
  fuelPct: number;
}

export interface PullResult {
  unitId: string;
  positions: GroomerPosition[];
  warnings: string[];
}

const PULL_TIMEOUT_MS = 20_000;

function parseLine(unitId: string, line: string): GroomerPosition | null {
  const [lat, lon, blade, fuel] = line.split(',');
  if (fuel === undefined) return null;
  return {
    unitId,
    lat: Number(lat),
    lon: Number(lon),
    bladeDown: blade === '1',
    fuelPct: Number(fuel),
  };
}

export function pullTelemetry(unitId: string, radioPort: string): Promise<PullResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('groomer-dump', ['--unit', unitId, '--port', radioPort, '--format', 'csv'], {
      signal: AbortSignal.timeout(PULL_TIMEOUT_MS),
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

    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) {
        reject(new Error(`groomer-dump exited ${code} for ${unitId}: ${stderr.trim()}`));
        return;
      }
      const positions = stdout
        .split('\n')
        .map((l) => parseLine(unitId, l.trim()))
        .filter((p): p is GroomerPosition => p !== null);
      const warnings = stderr.split('\n').filter((l) => l.startsWith('WARN'));
      resolve({ unitId, positions, warnings });
    });
  });
}

export async function pullFleet(units: string[], radioPort: string): Promise<Map<string, PullResult>> {
  const results = new Map<string, PullResult>();
  // The radio bridge only handles one session at a time.
  for (const unit of units) {
    try {
      results.set(unit, await pullTelemetry(unit, radioPort));
    } catch (err) {
      console.error(`skipping ${unit}:`, (err as Error).message);
    }
  }
  return results;
}

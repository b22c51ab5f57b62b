// expect: no-multiple-settle
// The exit handler resolves on code 0 and only logs otherwise: a non-zero exit or a signal kill settles nothing and the scan promise hangs.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface XrfSpectrum {
  objectId: string;
  spot: { x: number; y: number };
  elements: Record<string, number>;
  durationMs: number;
}

export interface ScanOptions {
  objectId: string;
  spot: { x: number; y: number };
  kv?: number;
  dwellSeconds?: number;
}

const SCANNER_BIN = process.env.XRF_SCANNER_BIN ?? '/opt/conservation/bin/xrf-scan';

function parseElementLine(line: string): [string, number] | null {
  const m = /^([A-Z][a-z]?)\s+([\d.]+)%$/.exec(line.trim());
  if (!m) return null;
  return [m[1], Number(m[2])];
}

export function runXrfScan(opts: ScanOptions): Promise<XrfSpectrum> {
  const started = Date.now();
  const args = [
    '--object', opts.objectId,
    '--spot', `${opts.spot.x},${opts.spot.y}`,
    '--kv', String(opts.kv ?? 40),
    '--dwell', String(opts.dwellSeconds ?? 30),
    '--format', 'lines',
  ];

  return new Promise<XrfSpectrum>((resolve, reject) => {
    const child = spawn(SCANNER_BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const elements: Record<string, number> = {};
    let stderr = '';

    const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
    lines.on('line', (line) => {
      const parsed = parseElementLine(line);
      if (parsed) elements[parsed[0]] = parsed[1];
    });

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.once('error', (err) => {
      reject(new Error(`could not start ${SCANNER_BIN}: ${err.message}`));
    });

    child.once('exit', (code, signal) => {
      if (code === 0) {
        resolve({
          objectId: opts.objectId,
          spot: opts.spot,
          elements,
          durationMs: Date.now() - started,
        });
        return;
      }
      const reason = signal ? `killed by ${signal}` : `exit code ${code}`;
      console.error(`[xrf] scan of ${opts.objectId} failed (${reason})\n${stderr.trim()}`);
    });
  });
}

export async function scanGrid(
  objectId: string,
  spots: Array<{ x: number; y: number }>,
  kv = 40,
): Promise<XrfSpectrum[]> {
  const results: XrfSpectrum[] = [];
  // The tube only supports one exposure at a time, so spots run sequentially.
  for (const spot of spots) {
    results.push(await runXrfScan({ objectId, spot, kv }));
  }
  return results;
}

export function leadHotspots(spectra: XrfSpectrum[], thresholdPct = 2): XrfSpectrum[] {
  return spectra.filter((s) => (s.elements.Pb ?? 0) >= thresholdPct);
}

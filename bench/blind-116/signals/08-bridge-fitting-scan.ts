// expect: none
// The scan catch block turns scanner failures into a ScanError but checks for AbortError first and rethrows it unchanged, so cancellation keeps its name and is not treated as a bad scan.
import { spawn } from 'node:child_process';

export interface BridgeProfile {
  instrument: 'violin' | 'viola' | 'cello';
  heightsMm: number[];
  footWidthMm: number;
  thicknessAtTopMm: number;
}

export class ScanError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ScanError';
  }
}

function runScanner(args: string[], signal: AbortSignal): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = spawn('/usr/local/bin/profilescan', args, { signal });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(out) : reject(new Error(err.trim() || `exit ${code}`))));
  });
}

export async function scanBridgeBlank(
  instrument: BridgeProfile['instrument'],
  blankId: string,
  signal: AbortSignal,
): Promise<BridgeProfile> {
  let raw: string;
  try {
    raw = await runScanner(['--mode', 'bridge', '--blank', blankId, '--format', 'json'], signal);
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    throw new ScanError(`bridge scan failed for blank ${blankId}`, { cause: err });
  }

  const parsed = JSON.parse(raw) as { heights: number[]; foot: number; top: number };
  return {
    instrument,
    heightsMm: parsed.heights,
    footWidthMm: parsed.foot,
    thicknessAtTopMm: parsed.top,
  };
}

const TARGET_FOOT: Record<BridgeProfile['instrument'], number> = { violin: 41.5, viola: 46, cello: 90 };

export function fittingNotes(profile: BridgeProfile): string[] {
  const notes: string[] = [];
  const target = TARGET_FOOT[profile.instrument];
  if (Math.abs(profile.footWidthMm - target) > 0.5) {
    notes.push(`foot ${profile.footWidthMm} mm, aim for ${target} mm`);
  }
  if (profile.thicknessAtTopMm > 1.5) notes.push('thin the top edge before cutting string notches');
  const maxH = Math.max(...profile.heightsMm);
  if (maxH > 34 && profile.instrument === 'violin') notes.push(`height ${maxH} mm: check neck projection`);
  return notes;
}

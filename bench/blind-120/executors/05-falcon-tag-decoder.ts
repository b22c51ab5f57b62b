// expect: none
// Both the error and close paths funnel through a settle-once guard and the non-zero exit branch returns before the success path.
import { spawn } from 'node:child_process';

export interface TagFix {
  tagId: string;
  at: Date;
  lat: number;
  lon: number;
  altitudeM: number;
  groundSpeedKmh: number;
}

interface RawFix {
  tag: string;
  ts: number;
  lat: number;
  lon: number;
  alt: number;
  gs: number;
}

function parseFixes(stdout: string): TagFix[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as RawFix)
    .map((raw) => ({
      tagId: raw.tag,
      at: new Date(raw.ts * 1000),
      lat: raw.lat,
      lon: raw.lon,
      altitudeM: raw.alt,
      groundSpeedKmh: raw.gs,
    }));
}

export function decodeBurst(burst: Buffer, binary = 'falcon-tagdecode'): Promise<TagFix[]> {
  return new Promise<TagFix[]>((resolve, reject) => {
    const child = spawn(binary, ['--stdin', '--ndjson']);
    let stdout = '';
    let stderr = '';
    let settled = false;

    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', (err) => settle(() => reject(err)));

    child.on('close', (code, signal) => {
      if (code !== 0) {
        settle(() => reject(new Error(`tag decoder failed (${code ?? signal}): ${stderr.trim()}`)));
        return;
      }
      try {
        const fixes = parseFixes(stdout);
        settle(() => resolve(fixes));
      } catch (err) {
        settle(() => reject(err));
      }
    });

    child.stdin.end(burst);
  });
}

export function fastestStoop(fixes: TagFix[]): TagFix | undefined {
  let best: TagFix | undefined;
  for (const fix of fixes) {
    if (!best || fix.groundSpeedKmh > best.groundSpeedKmh) best = fix;
  }
  return best;
}

export async function summarizeFlight(burst: Buffer): Promise<{ fixes: number; topSpeedKmh: number }> {
  const fixes = await decodeBurst(burst);
  return { fixes: fixes.length, topSpeedKmh: fastestStoop(fixes)?.groundSpeedKmh ?? 0 };
}

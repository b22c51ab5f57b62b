// expect: none
// The drill configuration is awaited before the Promise is constructed, and the synchronous executor settles through a single guarded finish on data, timeout, error and close.
import { readFile } from 'node:fs/promises';
import { connect } from 'node:net';

export interface DrillConfig {
  host: string;
  port: number;
  timeoutMs?: number;
}

export interface CoreSegment {
  coreId: string;
  topDepthM: number;
  bottomDepthM: number;
  temperatureC: number;
  notes: string;
}

function parseSegments(coreId: string, body: string): CoreSegment[] {
  const out: CoreSegment[] = [];
  for (const line of body.split('\n')) {
    const [top, bottom, temp, ...notes] = line.split('\t');
    const topDepthM = Number(top);
    const bottomDepthM = Number(bottom);
    if (!Number.isFinite(topDepthM) || !Number.isFinite(bottomDepthM)) continue;
    out.push({ coreId, topDepthM, bottomDepthM, temperatureC: Number(temp), notes: notes.join('\t') });
  }
  return out;
}

export async function requestCoreLog(configPath: string, coreId: string): Promise<CoreSegment[]> {
  const config = JSON.parse(await readFile(configPath, 'utf8')) as DrillConfig;

  return new Promise<CoreSegment[]>((resolve, reject) => {
    const socket = connect(config.port, config.host);
    socket.setEncoding('utf8');
    socket.setTimeout(config.timeoutMs ?? 10_000);

    let buffer = '';
    let done = false;

    const finish = (err: Error | null, segments?: CoreSegment[]) => {
      if (done) return;
      done = true;
      socket.destroy();
      if (err) reject(err);
      else resolve(segments ?? []);
    };

    socket.on('connect', () => {
      socket.write(`LOG ${coreId}\n`);
    });
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      if (buffer.startsWith('ERR ')) {
        finish(new Error(`drill controller: ${buffer.slice(4).trim()}`));
      } else if (buffer.endsWith('\nEND\n')) {
        finish(null, parseSegments(coreId, buffer.slice(0, -'\nEND\n'.length)));
      }
    });
    socket.on('timeout', () => finish(new Error(`drill controller at ${config.host} timed out`)));
    socket.on('error', (err) => finish(err));
    socket.on('close', () => finish(new Error('drill controller closed before END marker')));
  });
}

export function totalCoreLength(segments: CoreSegment[]): number {
  return segments.reduce((sum, s) => sum + (s.bottomDepthM - s.topDepthM), 0);
}

// expect: none
// readSamples() settles exactly once through finish(): readline 'close' resolves, an input/readline 'error' rejects, and the done flag absorbs the close that follows an error.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface PressureSample {
  post: string;
  at: number;
  kPa: number;
  waterTempC: number;
}

export interface EruptionWindow {
  post: string;
  startedAt: number;
  endedAt: number;
  peakKPa: number;
}

declare const monitoringConfig: {
  logDir: string;
  eruptionThresholdKPa: number;
  quietGapMs: number;
};

function parseLine(line: string): PressureSample | undefined {
  // post,epochMs,kPa,tempC
  const parts = line.trim().split(',');
  if (parts.length !== 4 || parts[0].startsWith('#')) return undefined;
  const [post, at, kPa, temp] = parts;
  const sample = { post, at: Number(at), kPa: Number(kPa), waterTempC: Number(temp) };
  return Number.isFinite(sample.at) && Number.isFinite(sample.kPa) ? sample : undefined;
}

export function readSamples(path: string, sinceMs: number): Promise<PressureSample[]> {
  return new Promise<PressureSample[]>((resolve, reject) => {
    const input = createReadStream(path, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const samples: PressureSample[] = [];
    let done = false;

    const finish = (err?: Error) => {
      if (done) return;
      done = true;
      rl.off('line', onLine);
      if (err) {
        rl.close();
        input.destroy();
        reject(err);
      } else {
        resolve(samples);
      }
    };
    const onLine = (line: string) => {
      const sample = parseLine(line);
      if (sample && sample.at >= sinceMs) samples.push(sample);
    };

    rl.on('line', onLine);
    rl.once('close', () => finish());
    rl.on('error', (err) => finish(err));
    input.on('error', (err) => finish(err));
  });
}

export function findEruptions(samples: PressureSample[]): EruptionWindow[] {
  const { eruptionThresholdKPa, quietGapMs } = monitoringConfig;
  const byPost = new Map<string, PressureSample[]>();
  for (const s of samples) {
    const list = byPost.get(s.post) ?? [];
    list.push(s);
    byPost.set(s.post, list);
  }

  const windows: EruptionWindow[] = [];
  for (const [post, list] of byPost) {
    list.sort((a, b) => a.at - b.at);
    let current: EruptionWindow | undefined;
    for (const s of list) {
      if (s.kPa < eruptionThresholdKPa) {
        if (current && s.at - current.endedAt > quietGapMs) {
          windows.push(current);
          current = undefined;
        }
        continue;
      }
      if (!current) {
        current = { post, startedAt: s.at, endedAt: s.at, peakKPa: s.kPa };
      } else {
        current.endedAt = s.at;
        current.peakKPa = Math.max(current.peakKPa, s.kPa);
      }
    }
    if (current) windows.push(current);
  }
  return windows.sort((a, b) => a.startedAt - b.startedAt);
}

export async function eruptionsSince(postIds: string[], sinceMs: number): Promise<EruptionWindow[]> {
  const perPost = await Promise.all(
    postIds.map((id) => readSamples(`${monitoringConfig.logDir}/${id}.csv`, sinceMs)),
  );
  return findEruptions(perPost.flat());
}

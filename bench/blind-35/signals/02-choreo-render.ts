// expect: none
// The signal reaches every cancellable call: fetch through the RequestInit built by renderInit(), the poll sleep, and execFile's options.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeFile } from 'node:fs/promises';

const execFileAsync = promisify(execFile);

export interface Formation {
  name: string;
  holdSeconds: number;
  points: Array<[number, number, number]>;
}

interface RenderJob {
  jobId: string;
  state: 'queued' | 'rendering' | 'done' | 'failed';
  resultUrl?: string;
  error?: string;
}

const RENDER_FARM = 'https://render.skyglow.example/v1';

function renderInit(signal: AbortSignal, token: string, body?: unknown): RequestInit {
  return {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  };
}

async function farmJson<T>(path: string, init: RequestInit): Promise<T> {
  const res = await fetch(`${RENDER_FARM}${path}`, init);
  if (!res.ok) throw new Error(`render farm ${path}: ${res.status}`);
  return (await res.json()) as T;
}

export function transitionsFeasible(formations: Formation[], maxSpeedMs: number): string[] {
  const problems: string[] = [];
  for (let i = 1; i < formations.length; i++) {
    const prev = formations[i - 1];
    const next = formations[i];
    const n = Math.min(prev.points.length, next.points.length);
    let longest = 0;
    for (let k = 0; k < n; k++) {
      const [x1, y1, z1] = prev.points[k];
      const [x2, y2, z2] = next.points[k];
      longest = Math.max(longest, Math.hypot(x2 - x1, y2 - y1, z2 - z1));
    }
    if (longest / prev.holdSeconds > maxSpeedMs) {
      problems.push(`${prev.name} → ${next.name} needs ${(longest / prev.holdSeconds).toFixed(1)} m/s`);
    }
  }
  return problems;
}

export async function renderPreview(
  formations: Formation[],
  outPath: string,
  token: string,
  signal: AbortSignal,
): Promise<string> {
  const job = await farmJson<RenderJob>('/jobs', renderInit(signal, token, { formations, fps: 30 }));
  let current = job;
  while (current.state === 'queued' || current.state === 'rendering') {
    await sleep(2_000, undefined, { signal });
    current = await farmJson<RenderJob>(`/jobs/${job.jobId}`, renderInit(signal, token));
  }
  if (current.state === 'failed' || !current.resultUrl) {
    throw new Error(`render ${job.jobId} failed: ${current.error ?? 'no result'}`);
  }

  const video = await fetch(current.resultUrl, renderInit(signal, token));
  if (!video.ok) throw new Error(`download of ${job.jobId} failed: ${video.status}`);
  const rawPath = `${outPath}.raw.mp4`;
  await writeFile(rawPath, Buffer.from(await video.arrayBuffer()), { signal });
  await execFileAsync('ffmpeg', ['-y', '-i', rawPath, '-vf', 'scale=1280:-2', outPath], { signal });
  return outPath;
}

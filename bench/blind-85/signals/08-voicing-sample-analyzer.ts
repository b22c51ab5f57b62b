// expect: none
// opts.signal is merged with a timeout by AbortSignal.any, and the merged signal reaches the fetch, the stream pipeline and the spawned analyser through execFile's signal option, so one abort stops each step.
import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

const execFileAsync = promisify(execFile);

export interface VoicingAnalysis {
  pipe: string;
  fundamentalHz: number;
  centsFromTarget: number;
  speechMs: number;
}

export interface AnalyzeOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  analyzer?: string;
}

function centsBetween(measured: number, target: number): number {
  return Math.round(1200 * Math.log2(measured / target) * 10) / 10;
}

export async function analyzeVoicingSample(
  recordingUrl: string,
  pipe: string,
  targetHz: number,
  opts: AnalyzeOptions = {},
): Promise<VoicingAnalysis> {
  const signals = [AbortSignal.timeout(opts.timeoutMs ?? 60_000)];
  if (opts.signal) signals.push(opts.signal);
  const signal = AbortSignal.any(signals);

  const dir = await mkdtemp(join(tmpdir(), 'voicing-'));
  const wav = join(dir, `${pipe}.wav`);
  try {
    const res = await fetch(recordingUrl, { signal });
    if (!res.ok || !res.body) throw new Error(`recording ${recordingUrl}: HTTP ${res.status}`);
    await pipeline(
      Readable.fromWeb(res.body as WebReadableStream<Uint8Array>),
      createWriteStream(wav),
      { signal },
    );

    const { stdout } = await execFileAsync(opts.analyzer ?? 'pipe-voice-analyze', ['--json', wav], {
      signal,
      maxBuffer: 1 << 20,
    });
    const parsed = JSON.parse(stdout) as { f0: number; attackMs: number };
    return {
      pipe,
      fundamentalHz: parsed.f0,
      centsFromTarget: centsBetween(parsed.f0, targetHz),
      speechMs: parsed.attackMs,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function analyzeRank(
  baseUrl: string,
  pipes: Array<{ name: string; targetHz: number }>,
  signal?: AbortSignal,
): Promise<VoicingAnalysis[]> {
  const results: VoicingAnalysis[] = [];
  for (const p of pipes) {
    signal?.throwIfAborted();
    results.push(await analyzeVoicingSample(`${baseUrl}/${p.name}.wav`, p.name, p.targetHz, { signal }));
  }
  return results;
}

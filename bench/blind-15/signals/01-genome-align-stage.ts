// expect: require-signal-propagation
// alignSample holds ctx.signal but runs the long bwa mem step through execFile without it, so cancelling a run leaves the aligner process working.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir, stat, rm } from 'node:fs/promises';
import path from 'node:path';

const execFileAsync = promisify(execFile);

export interface StageContext {
  runId: string;
  workDir: string;
  threads: number;
  signal: AbortSignal;
  log: (msg: string, extra?: Record<string, unknown>) => void;
}

export interface SamplePair {
  sampleId: string;
  r1: string;
  r2: string;
}

export interface AlignmentResult {
  sampleId: string;
  bamPath: string;
  bytes: number;
  elapsedMs: number;
}

const REFERENCE = process.env.GENOME_REFERENCE ?? '/refs/GRCh38/GRCh38_full_analysis_set.fa';
const TOOL_BUFFER = 64 * 1024 * 1024;

function readGroup(runId: string, sampleId: string): string {
  return `@RG\\tID:${runId}.${sampleId}\\tSM:${sampleId}\\tLB:${sampleId}\\tPL:ILLUMINA`;
}

export async function alignSample(pair: SamplePair, ctx: StageContext): Promise<AlignmentResult> {
  ctx.signal.throwIfAborted();

  const outDir = path.join(ctx.workDir, 'aligned', pair.sampleId);
  await mkdir(outDir, { recursive: true });

  const samPath = path.join(outDir, `${pair.sampleId}.sam`);
  const bamPath = path.join(outDir, `${pair.sampleId}.sorted.bam`);
  const started = Date.now();

  ctx.log('bwa mem starting', { sample: pair.sampleId, threads: ctx.threads });
  await execFileAsync(
    'bwa',
    ['mem', '-t', String(ctx.threads), '-R', readGroup(ctx.runId, pair.sampleId), '-o', samPath, REFERENCE, pair.r1, pair.r2],
    { maxBuffer: TOOL_BUFFER },
  );

  ctx.log('samtools sort starting', { sample: pair.sampleId });
  await execFileAsync('samtools', ['sort', '-@', String(Math.max(1, ctx.threads - 1)), '-o', bamPath, samPath], {
    maxBuffer: TOOL_BUFFER,
    signal: ctx.signal,
  });
  await execFileAsync('samtools', ['index', bamPath], { signal: ctx.signal });

  // the unsorted SAM is several times larger than the BAM; drop it as soon as we can
  await rm(samPath, { force: true });

  const { size } = await stat(bamPath);
  const elapsedMs = Date.now() - started;
  ctx.log('alignment complete', { sample: pair.sampleId, bytes: size, elapsedMs });
  return { sampleId: pair.sampleId, bamPath, bytes: size, elapsedMs };
}

export async function alignAll(pairs: SamplePair[], ctx: StageContext, concurrency = 2): Promise<AlignmentResult[]> {
  const results: AlignmentResult[] = [];
  const queue = [...pairs];

  async function worker(): Promise<void> {
    for (let next = queue.shift(); next; next = queue.shift()) {
      ctx.signal.throwIfAborted();
      results.push(await alignSample(next, ctx));
    }
  }

  const workers = Array.from({ length: Math.min(concurrency, pairs.length) }, () => worker());
  await Promise.all(workers);
  return results.sort((a, b) => a.sampleId.localeCompare(b.sampleId));
}

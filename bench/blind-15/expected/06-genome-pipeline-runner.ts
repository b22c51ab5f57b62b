// expect: none
// Stage functions are stored in an array and passed to the retry helper as references, but each attempt invokes the function anew.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface SampleContext {
  sampleId: string;
  workDir: string;
  reference: string;
  fastq: [string, string];
}

type Stage = (ctx: SampleContext) => Promise<string>;

function runTool(cmd: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stderr.trim());
      else reject(new Error(`${cmd} exited with ${code}: ${stderr.slice(-500)}`));
    });
  });
}

async function alignReads(ctx: SampleContext): Promise<string> {
  const out = path.join(ctx.workDir, `${ctx.sampleId}.bam`);
  await runTool('bwa-align', ['--ref', ctx.reference, '--out', out, ...ctx.fastq], ctx.workDir);
  return out;
}

async function markDuplicates(ctx: SampleContext): Promise<string> {
  const input = path.join(ctx.workDir, `${ctx.sampleId}.bam`);
  const out = path.join(ctx.workDir, `${ctx.sampleId}.dedup.bam`);
  await runTool('markdup', ['-i', input, '-o', out], ctx.workDir);
  return out;
}

async function callVariants(ctx: SampleContext): Promise<string> {
  const input = path.join(ctx.workDir, `${ctx.sampleId}.dedup.bam`);
  const out = path.join(ctx.workDir, `${ctx.sampleId}.vcf.gz`);
  await runTool('varcall', ['--ref', ctx.reference, '--bam', input, '--out', out], ctx.workDir);
  return out;
}

const STAGES: ReadonlyArray<[string, Stage]> = [
  ['align', alignReads],
  ['dedup', markDuplicates],
  ['variants', callVariants],
];

async function withRetries<T>(label: string, attempts: number, task: () => Promise<T>): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      // Cluster nodes occasionally get pre-empted mid-run; a rerun usually succeeds.
      console.warn(`[${label}] attempt ${i + 1}/${attempts} failed`);
    }
  }
  throw new Error(`${label} failed after ${attempts} attempts`, { cause: lastError });
}

export async function processSample(ctx: SampleContext): Promise<Record<string, string>> {
  await mkdir(ctx.workDir, { recursive: true });
  const artefacts: Record<string, string> = {};
  for (const [name, stage] of STAGES) {
    artefacts[name] = await withRetries(`${ctx.sampleId}:${name}`, 3, () => stage(ctx));
  }
  return artefacts;
}

export async function processBatch(samples: SampleContext[], concurrency = 2): Promise<void> {
  const queue = [...samples];
  const workers = Array.from({ length: concurrency }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      await processSample(next);
    }
  });
  await Promise.all(workers);
}

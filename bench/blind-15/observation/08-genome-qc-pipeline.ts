// expect: none
// The two QC subprocess promises are started together and awaited through Promise.all, which observes both rejections.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface SampleInput {
  sampleId: string;
  fastqR1: string;
  fastqR2: string;
  bam: string;
}

export interface QcSummary {
  sampleId: string;
  fastqcDir: string;
  mappedReads: number;
  totalReads: number;
  mappingRate: number;
  passed: boolean;
}

interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], signal?: AbortSignal): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { signal, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve({ code, stdout, stderr });
      else reject(new Error(`${cmd} exited with ${code}: ${stderr.slice(-500)}`));
    });
  });
}

function parseFlagstat(text: string): { total: number; mapped: number } {
  const total = /^(\d+) \+ \d+ in total/m.exec(text);
  const mapped = /^(\d+) \+ \d+ mapped \(/m.exec(text);
  if (!total || !mapped) throw new Error('unrecognised samtools flagstat output');
  return { total: Number(total[1]), mapped: Number(mapped[1]) };
}

export async function runSampleQc(
  sample: SampleInput,
  outRoot: string,
  opts: { minMappingRate?: number; signal?: AbortSignal } = {},
): Promise<QcSummary> {
  const fastqcDir = path.join(outRoot, sample.sampleId, 'fastqc');
  await mkdir(fastqcDir, { recursive: true });

  const fastqc = run('fastqc', ['--quiet', '--outdir', fastqcDir, sample.fastqR1, sample.fastqR2], opts.signal);
  const flagstat = run('samtools', ['flagstat', '-@', '4', sample.bam], opts.signal);

  const [, stats] = await Promise.all([fastqc, flagstat]);
  const { total, mapped } = parseFlagstat(stats.stdout);
  const mappingRate = total === 0 ? 0 : mapped / total;

  const summary: QcSummary = {
    sampleId: sample.sampleId,
    fastqcDir,
    mappedReads: mapped,
    totalReads: total,
    mappingRate,
    passed: mappingRate >= (opts.minMappingRate ?? 0.9),
  };

  await writeFile(path.join(outRoot, sample.sampleId, 'qc-summary.json'), JSON.stringify(summary, null, 2));
  return summary;
}

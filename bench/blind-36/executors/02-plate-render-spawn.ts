// expect: no-multiple-settle
// The render executor only listens for the child's 'exit'; if spawning ghostscript fails, 'error' fires without 'exit' and the promise never settles.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface PlateJob {
  guildMember: string;
  broadsideId: string;
  sourcePdf: string;
  dpi: 300 | 600 | 1200;
  inkColours: number;
}

export interface RenderedPlate {
  broadsideId: string;
  outputPattern: string;
  pages: number;
  warnings: string[];
}

declare const pressLedger: {
  reserveBed(member: string, broadsideId: string): Promise<{ bedNumber: number }>;
  releaseBed(bedNumber: number): Promise<void>;
};

const GHOSTSCRIPT = process.env.GS_BINARY ?? 'gs';
const PAGE_LINE = /^Page (\d+)$/;

function ghostscriptArgs(job: PlateJob, outputPattern: string): string[] {
  const device = job.inkColours > 1 ? 'tiffsep' : 'tiffg4';
  return [
    '-dSAFER',
    '-dBATCH',
    '-dNOPAUSE',
    '-dQUIET',
    `-sDEVICE=${device}`,
    `-r${job.dpi}`,
    `-sOutputFile=${outputPattern}`,
    job.sourcePdf,
  ];
}

function renderWithGhostscript(job: PlateJob, outputPattern: string): Promise<RenderedPlate> {
  return new Promise<RenderedPlate>((resolve, reject) => {
    const child = spawn(GHOSTSCRIPT, ghostscriptArgs(job, outputPattern), {
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    let pages = 0;
    const warnings: string[] = [];
    let stderrTail = '';

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        const match = PAGE_LINE.exec(line.trim());
        if (match) pages = Math.max(pages, Number(match[1]));
      }
    });

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-4096);
      for (const line of chunk.split('\n')) {
        if (line.startsWith('   **** Warning')) warnings.push(line.trim());
      }
    });

    child.on('exit', (code, signal) => {
      if (code === 0) {
        resolve({ broadsideId: job.broadsideId, outputPattern, pages, warnings });
        return;
      }
      const reason = signal ? `signal ${signal}` : `exit code ${code}`;
      reject(new Error(`ghostscript failed for ${job.broadsideId} (${reason}): ${stderrTail.trim()}`));
    });
  });
}

export async function renderPlates(job: PlateJob, outputRoot: string): Promise<RenderedPlate> {
  if (!job.sourcePdf.endsWith('.pdf')) {
    throw new Error(`broadside ${job.broadsideId} must be submitted as PDF`);
  }
  const outputDir = path.join(outputRoot, job.guildMember, job.broadsideId);
  await mkdir(outputDir, { recursive: true });

  const { bedNumber } = await pressLedger.reserveBed(job.guildMember, job.broadsideId);
  try {
    const pattern = path.join(outputDir, `bed${bedNumber}-plate-%03d.tif`);
    return await renderWithGhostscript(job, pattern);
  } finally {
    await pressLedger.releaseBed(bedNumber);
  }
}

export async function renderQueue(jobs: PlateJob[], outputRoot: string): Promise<RenderedPlate[]> {
  const rendered: RenderedPlate[] = [];
  for (const job of jobs) {
    rendered.push(await renderPlates(job, outputRoot));
  }
  return rendered;
}

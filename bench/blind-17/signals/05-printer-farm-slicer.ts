// expect: no-swallowed-abort
// sliceModel catches every non-ENOENT error from the aborted execFile and returns null, so a cancelled job looks like "nothing to print" and the queue moves on.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

const execFileAsync = promisify(execFile);

export interface PrintJob {
  id: string;
  modelPath: string;
  printerProfile: string;
  material: 'PLA' | 'PETG' | 'ABS' | 'TPU';
  layerHeightMm: number;
}

export interface SliceResult {
  jobId: string;
  gcodePath: string;
  bytes: number;
}

interface SliceOptions {
  outputDir: string;
  slicerBin?: string;
  signal: AbortSignal;
}

declare const logger: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export async function sliceModel(job: PrintJob, options: SliceOptions): Promise<SliceResult | null> {
  const { outputDir, slicerBin = 'prusa-slicer', signal } = options;
  await mkdir(outputDir, { recursive: true });
  const gcodePath = path.join(outputDir, `${job.id}.gcode`);

  try {
    await execFileAsync(
      slicerBin,
      [
        '--export-gcode',
        '--load',
        `profiles/${job.printerProfile}.ini`,
        '--layer-height',
        String(job.layerHeightMm),
        '--filament-type',
        job.material,
        '--output',
        gcodePath,
        job.modelPath,
      ],
      { signal, timeout: 10 * 60_000, maxBuffer: 8 * 1024 * 1024 },
    );
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`slicer binary "${slicerBin}" is not installed on this node`);
    }
    logger.warn('slicing failed, skipping job', { jobId: job.id, error: String(err) });
    return null;
  }

  const { size } = await stat(gcodePath);
  logger.info('sliced', { jobId: job.id, bytes: size });
  return { jobId: job.id, gcodePath, bytes: size };
}

export async function sliceQueue(jobs: PrintJob[], options: SliceOptions): Promise<SliceResult[]> {
  const ready: SliceResult[] = [];
  for (const job of jobs) {
    options.signal.throwIfAborted();
    const result = await sliceModel(job, options);
    if (result) ready.push(result);
  }
  return ready;
}

// expect: none
// File reads are awaited before the synchronous executor; error, stdin error, close and the timeout all go through a settled guard, so the upload settles exactly once.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';

export interface PrintJob {
  jobId: string;
  gcodePath: string;
  material: 'PLA' | 'PETG' | 'ABS' | 'TPU';
  owner: string;
}

export interface PrinterConfig {
  name: string;
  host: string;
  uploaderPath: string;
  uploadTimeoutMs: number;
  loadedMaterial: PrintJob['material'];
}

export interface SpoolReceipt {
  jobId: string;
  printer: string;
  remoteFile: string;
  sha1: string;
}

export async function submitToPrinter(job: PrintJob, printer: PrinterConfig): Promise<SpoolReceipt> {
  if (job.material !== printer.loadedMaterial) {
    throw new Error(`${printer.name} has ${printer.loadedMaterial} loaded, job ${job.jobId} needs ${job.material}`);
  }
  const gcode = await readFile(job.gcodePath);
  const sha1 = createHash('sha1').update(gcode).digest('hex');

  return new Promise<SpoolReceipt>((resolve, reject) => {
    let settled = false;
    let stdout = '';
    let stderr = '';

    const child = spawn(printer.uploaderPath, ['--host', printer.host, '--name', `${job.jobId}.gcode`, '-'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });

    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      finish(new Error(`upload to ${printer.name} timed out after ${printer.uploadTimeoutMs}ms`));
    }, printer.uploadTimeoutMs);

    function finish(err: Error | null, receipt?: SpoolReceipt): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(receipt!);
    }

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

    child.on('error', (err) => finish(err));
    child.stdin.on('error', (err) => finish(err));
    child.on('close', (code, signal) => {
      if (code !== 0) {
        finish(new Error(`uploader for ${printer.name} exited ${code ?? signal}: ${stderr.trim() || 'no output'}`));
        return;
      }
      const remoteFile = /stored as (\S+)/.exec(stdout)?.[1] ?? `${job.jobId}.gcode`;
      finish(null, { jobId: job.jobId, printer: printer.name, remoteFile, sha1 });
    });

    child.stdin.end(gcode);
  });
}

export async function dispatchQueue(jobs: PrintJob[], printers: PrinterConfig[]): Promise<SpoolReceipt[]> {
  const receipts: SpoolReceipt[] = [];
  for (const job of jobs) {
    const candidates = printers.filter((p) => p.loadedMaterial === job.material);
    if (candidates.length === 0) {
      console.warn(`[farm] no printer loaded with ${job.material} for ${job.jobId}`);
      continue;
    }
    const printer = candidates[receipts.length % candidates.length];
    receipts.push(await submitToPrinter(job, printer));
  }
  return receipts;
}

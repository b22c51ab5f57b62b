// expect: no-multiple-settle
// The execFile callback rejects on error but has no return, so it falls through and also calls resolve with whatever partial stdout came back.
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';

export interface PrintQueueEntry {
  jobId: string;
  owner: string;
  bytes: number;
}

export interface ProofRun {
  deckName: string;
  cardCount: number;
  printer: string;
  jobId: string;
}

function parseQueue(stdout: string): PrintQueueEntry[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const [jobId, owner, bytes] = line.trim().split(/\s+/);
      return { jobId, owner, bytes: Number(bytes) };
    });
}

export function listProofQueue(printer: string): Promise<PrintQueueEntry[]> {
  return new Promise<PrintQueueEntry[]>((resolve, reject) => {
    execFile('lpstat', ['-o', printer], { timeout: 10_000 }, (err, stdout) => {
      if (err) reject(new Error(`lpstat failed for ${printer}: ${err.message}`));
      resolve(parseQueue(stdout));
    });
  });
}

export function submitProof(printer: string, pdfPath: string, copies: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    execFile('lp', ['-d', printer, '-n', String(copies), '-o', 'media=Custom.70x120mm', pdfPath], (err, stdout) => {
      if (err) {
        reject(err);
        return;
      }
      const match = /request id is (\S+)/.exec(stdout);
      if (!match) {
        reject(new Error(`could not parse job id from lp output: ${stdout.trim()}`));
        return;
      }
      resolve(match[1]);
    });
  });
}

export async function printDeckProof(
  deckName: string,
  pdfPath: string,
  printer: string,
  cardCount = 78,
): Promise<ProofRun> {
  const info = await stat(pdfPath);
  if (info.size === 0) throw new Error(`proof file for ${deckName} is empty`);

  const queue = await listProofQueue(printer);
  const backlog = queue.reduce((sum, entry) => sum + entry.bytes, 0);
  if (backlog > 500 * 1024 * 1024) {
    throw new Error(`printer ${printer} has ${queue.length} jobs queued; try the second proofing press`);
  }

  const jobId = await submitProof(printer, pdfPath, 1);
  return { deckName, cardCount, printer, jobId };
}

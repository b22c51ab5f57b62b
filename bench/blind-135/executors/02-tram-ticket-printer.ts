// expect: none
// The spawn wrapper settles exactly once through a guard, listens for both 'error' and 'close', and clears its kill timer on every path.
import { spawn } from 'node:child_process';

export interface TicketJob {
  ticketNo: string;
  zone: 'A' | 'B' | 'C';
  fareCents: number;
  issuedAt: Date;
}

export interface PrintResult {
  ticketNo: string;
  durationMs: number;
  printerOutput: string;
}

const PRINTER_BIN = process.env.TRAM_PRINTER_BIN ?? '/usr/local/bin/thermal-print';

function renderTicket(job: TicketJob): string {
  const euros = (job.fareCents / 100).toFixed(2);
  return [
    'CITY TRAMWAYS',
    `Ticket ${job.ticketNo}`,
    `Zone ${job.zone}   EUR ${euros}`,
    job.issuedAt.toISOString().replace('T', ' ').slice(0, 16),
    'Valid 90 min from issue',
    '',
  ].join('\n');
}

export function printTicket(job: TicketJob, timeoutMs = 8000): Promise<PrintResult> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(PRINTER_BIN, ['--width', '58', '--cut'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let finished = false;

    const finish = (err: Error | null) => {
      if (finished) return;
      finished = true;
      clearTimeout(killTimer);
      if (err) {
        reject(err);
      } else {
        resolve({ ticketNo: job.ticketNo, durationMs: Date.now() - started, printerOutput: stdout.trim() });
      }
    };

    const killTimer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(new Error(`printer did not finish ticket ${job.ticketNo} within ${timeoutMs}ms`));
    }, timeoutMs);

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (c: string) => (stderr += c));

    child.on('error', (err) => finish(err));
    child.on('close', (code, signal) => {
      if (code === 0) finish(null);
      else finish(new Error(`printer exited with ${code ?? signal}: ${stderr.trim() || 'no output'}`));
    });

    // EPIPE here means the printer died early; the exit code reported by 'close' carries the reason.
    child.stdin.on('error', () => {});
    child.stdin.end(renderTicket(job));
  });
}

export async function printBatch(jobs: TicketJob[]): Promise<{ printed: PrintResult[]; failed: string[] }> {
  const printed: PrintResult[] = [];
  const failed: string[] = [];
  for (const job of jobs) {
    try {
      printed.push(await printTicket(job));
    } catch (err) {
      failed.push(`${job.ticketNo}: ${(err as Error).message}`);
    }
  }
  return { printed, failed };
}

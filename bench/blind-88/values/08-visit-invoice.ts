// expect: no-read-before-settle
// printInvoice sets jobId inside the execFile callback, which runs after the child exits, but returns jobId synchronously, so it is always undefined and every invoice is reported as not printed.
import { execFile } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export interface VisitLine {
  horse: string;
  work: 'full set' | 'fronts only' | 'trim' | 'remedial set' | 'lost shoe';
  price: number;
}

export interface Visit {
  invoiceNo: string;
  yard: string;
  client: string;
  date: string;
  lines: VisitLine[];
  mileageCharge: number;
}

const PRINTER = process.env.VAN_PRINTER ?? 'van-thermal';

function renderInvoice(visit: Visit): string {
  const rows = visit.lines.map((l) => `${l.horse.padEnd(18)}${l.work.padEnd(14)}£${l.price.toFixed(2).padStart(8)}`);
  const total = visit.lines.reduce((s, l) => s + l.price, 0) + visit.mileageCharge;
  return [
    `INVOICE ${visit.invoiceNo}    ${visit.date}`,
    `${visit.client} — ${visit.yard}`,
    '',
    ...rows,
    `${'Mileage'.padEnd(32)}£${visit.mileageCharge.toFixed(2).padStart(8)}`,
    `${'TOTAL'.padEnd(32)}£${total.toFixed(2).padStart(8)}`,
  ].join('\n');
}

export function printInvoice(visit: Visit): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'farrier-'));
  const file = join(dir, `${visit.invoiceNo}.txt`);
  writeFileSync(file, renderInvoice(visit));

  let jobId: string | undefined;
  execFile('lp', ['-d', PRINTER, '-o', 'cpi=17', file], { timeout: 15_000 }, (err, stdout) => {
    if (err) {
      process.emitWarning(`printing ${visit.invoiceNo} failed: ${err.message}`);
      return;
    }
    jobId = /request id is (\S+)/.exec(stdout)?.[1];
  });
  return jobId;
}

export function endOfDay(visits: Visit[]): { printed: string[]; toEmail: string[] } {
  const printed: string[] = [];
  const toEmail: string[] = [];
  for (const visit of visits) {
    const job = printInvoice(visit);
    if (job) {
      printed.push(`${visit.invoiceNo} -> ${job}`);
    } else {
      toEmail.push(visit.invoiceNo);
    }
  }
  return { printed, toEmail };
}

// expect: no-multiple-settle
// The lp child is watched only for 'close'; a spawn failure emits 'error' and the receipt promise never settles.
import { spawn } from 'node:child_process';

export interface ReceiptLine {
  sku: string;
  description: string;
  quantity: number;
  unitPence: number;
}

export interface Receipt {
  number: string;
  customer: string;
  issuedAt: Date;
  lines: ReceiptLine[];
  engraving?: string;
}

export interface PrintJob {
  jobId: string;
  printer: string;
  bytes: number;
}

declare const shopConfig: {
  receiptPrinter: string;
  fallbackPrinter?: string;
  currencySymbol: string;
};

declare const salesLedger: {
  recordPrinted(receiptNumber: string, job: PrintJob): Promise<void>;
};

export class PrintError extends Error {
  constructor(
    readonly printer: string,
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(`lp on ${printer} failed (exit ${exitCode ?? 'signal'}): ${stderr.trim() || 'no output'}`);
    this.name = 'PrintError';
  }
}

function money(pence: number): string {
  return `${shopConfig.currencySymbol}${(pence / 100).toFixed(2)}`;
}

export function renderReceipt(receipt: Receipt): string {
  const width = 40;
  const rows = receipt.lines.map((line) => {
    const left = `${line.quantity} x ${line.description}`.slice(0, width - 10);
    const right = money(line.quantity * line.unitPence);
    return left.padEnd(width - right.length) + right;
  });
  const total = receipt.lines.reduce((sum, line) => sum + line.quantity * line.unitPence, 0);
  return [
    'THE GOOSE & NIB - QUILLS AND INKS'.padStart(36),
    `Receipt ${receipt.number}`,
    receipt.issuedAt.toISOString().slice(0, 16).replace('T', ' '),
    `Customer: ${receipt.customer}`,
    '-'.repeat(width),
    ...rows,
    '-'.repeat(width),
    'TOTAL'.padEnd(width - money(total).length) + money(total),
    receipt.engraving ? `Engraving: "${receipt.engraving}"` : '',
    '',
  ].join('\n');
}

export function printReceipt(receipt: Receipt, printer: string): Promise<PrintJob> {
  const body = renderReceipt(receipt);
  return new Promise<PrintJob>((resolve, reject) => {
    const child = spawn('lp', ['-d', printer, '-t', `receipt-${receipt.number}`, '-'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new PrintError(printer, code, stderr));
        return;
      }
      const match = /request id is (\S+)/.exec(stdout);
      resolve({ jobId: match?.[1] ?? 'unknown', printer, bytes: Buffer.byteLength(body) });
    });
    child.stdin.end(body);
  });
}

export async function printAndRecord(receipt: Receipt): Promise<PrintJob> {
  let job: PrintJob;
  try {
    job = await printReceipt(receipt, shopConfig.receiptPrinter);
  } catch (err) {
    if (!(err instanceof PrintError) || !shopConfig.fallbackPrinter) throw err;
    job = await printReceipt(receipt, shopConfig.fallbackPrinter);
  }
  await salesLedger.recordPrinted(receipt.number, job);
  return job;
}

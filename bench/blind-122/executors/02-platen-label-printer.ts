// expect: no-multiple-settle
// The promise settles only from the 'exit' handler, so when the label printer binary cannot be spawned ('error' without 'exit') it never settles.
import { spawn } from 'node:child_process';

export interface PartLabel {
  sku: string;
  description: string;
  bin: string;
  fitsModels: string[];
}

export interface PrintResult {
  sku: string;
  copies: number;
  stdout: string;
}

const PRINTER_BINARY = process.env.LABEL_PRINTER_BIN ?? '/usr/local/bin/ptouch-print';

function renderLabel(label: PartLabel): string {
  const models = label.fitsModels.slice(0, 3).join(', ');
  const more = label.fitsModels.length > 3 ? ` +${label.fitsModels.length - 3}` : '';
  return [
    `SKU ${label.sku}`,
    label.description.slice(0, 28),
    `BIN ${label.bin}`,
    `FITS ${models}${more}`,
  ].join('\n');
}

export function printPartLabel(label: PartLabel, copies = 1): Promise<PrintResult> {
  return new Promise<PrintResult>((resolve, reject) => {
    const child = spawn(PRINTER_BINARY, ['--copies', String(copies), '--text-stdin'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });

    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('exit', (code, signal) => {
      if (code === 0) {
        resolve({ sku: label.sku, copies, stdout: stdout.trim() });
        return;
      }
      const reason = signal ? `killed by ${signal}` : `exit code ${code}`;
      reject(new Error(`label printer failed for ${label.sku} (${reason}): ${stderr.trim()}`));
    });

    child.stdin.end(renderLabel(label));
  });
}

export async function printReceivingBatch(labels: PartLabel[]): Promise<PrintResult[]> {
  const results: PrintResult[] = [];
  for (const label of labels) {
    results.push(await printPartLabel(label, label.fitsModels.length > 5 ? 2 : 1));
  }
  return results;
}

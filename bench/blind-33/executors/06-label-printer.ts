// expect: none
// The spawn executor settles exactly once through a guarded finish() covering 'error', 'close' and a timeout that is cleared on every path.
import { spawn } from 'node:child_process';

export interface RentalLabel {
  rentalId: string;
  customer: string;
  gear: Array<{ kind: 'board' | 'wetsuit' | 'leash' | 'fins'; size: string; tag: string }>;
  dueBackAt: Date;
}

export interface PrintResult {
  jobId: string;
  printer: string;
}

export interface PrintOptions {
  printer?: string;
  timeoutMs?: number;
}

const LP_BIN = process.env.LP_BIN ?? '/usr/bin/lp';
const DEFAULT_PRINTER = 'beach-hut-zebra';

function renderZpl(label: RentalLabel): string {
  const due = label.dueBackAt.toISOString().slice(11, 16);
  const gearLines = label.gear.map((g, i) => `^FO30,${140 + i * 36}^A0N,28,28^FD${g.kind} ${g.size} #${g.tag}^FS`);
  return [
    '^XA',
    `^FO30,30^A0N,44,44^FD${label.rentalId}^FS`,
    `^FO30,86^A0N,30,30^FD${label.customer.slice(0, 28)}^FS`,
    ...gearLines,
    `^FO420,30^A0N,36,36^FDBack ${due}^FS`,
    '^XZ',
  ].join('\n');
}

function parseJobId(stdout: string): string {
  const match = /request id is (\S+)/.exec(stdout);
  if (!match) {
    throw new Error(`Unexpected lp output: ${stdout.trim()}`);
  }
  return match[1];
}

export function printRentalLabel(label: RentalLabel, opts: PrintOptions = {}): Promise<PrintResult> {
  const printer = opts.printer ?? DEFAULT_PRINTER;
  const timeoutMs = opts.timeoutMs ?? 10_000;

  return new Promise<PrintResult>((resolve, reject) => {
    const child = spawn(LP_BIN, ['-d', printer, '-o', 'raw', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let settled = false;

    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      finish(() => reject(new Error(`lp did not finish within ${timeoutMs}ms for ${label.rentalId}`)));
    }, timeoutMs);

    function finish(settle: () => void): void {
      if (settled) {
        return;
      }
      settled = true;
      clearTimeout(timer);
      settle();
    }

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', (err) => finish(() => reject(err)));
    child.on('close', (code, signal) =>
      finish(() => {
        if (code !== 0) {
          reject(new Error(`lp exited with ${code ?? signal}: ${stderr.trim()}`));
          return;
        }
        try {
          resolve({ jobId: parseJobId(stdout), printer });
        } catch (err) {
          reject(err);
        }
      }),
    );

    child.stdin.on('error', (err) => finish(() => reject(err)));
    child.stdin.end(renderZpl(label));
  });
}

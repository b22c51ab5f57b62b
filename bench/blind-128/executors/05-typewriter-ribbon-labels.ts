// expect: none
// The spawn wrapper settles through a single finish() guard on either 'error' or 'close', so a failed spawn that emits both still settles exactly once and never hangs.
import { spawn } from 'node:child_process';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RibbonOrder {
  orderNo: string;
  model: string;
  color: 'black' | 'black-red' | 'blue';
  spools: number;
  shipTo: string[];
}

interface LabelRun {
  stdout: string;
  stderr: string;
}

function runLabelTool(args: string[], cwd: string): Promise<LabelRun> {
  return new Promise<LabelRun>((resolve, reject) => {
    const child = spawn('glabels-batch', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let done = false;

    const finish = (err: Error | null) => {
      if (done) return;
      done = true;
      if (err) reject(err);
      else resolve({ stdout, stderr });
    };

    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));

    child.on('error', (err) => finish(err));
    child.on('close', (code, signal) => {
      if (code === 0) finish(null);
      else finish(new Error(`glabels-batch exited with ${signal ?? code}: ${stderr.trim().slice(0, 200)}`));
    });
  });
}

function toCsv(orders: RibbonOrder[]): string {
  const header = 'order,model,color,spools,line1,line2,line3';
  const rows = orders.map((o) => {
    const addr = [...o.shipTo, '', '', ''].slice(0, 3);
    return [o.orderNo, o.model, o.color, String(o.spools), ...addr]
      .map((v) => `"${v.replaceAll('"', '""')}"`)
      .join(',');
  });
  return [header, ...rows].join('\n');
}

export async function printShippingLabels(orders: RibbonOrder[], template: string, outPdf: string): Promise<number> {
  if (orders.length === 0) return 0;
  const dir = await mkdtemp(join(tmpdir(), 'ribbon-labels-'));
  try {
    const csv = join(dir, 'orders.csv');
    await writeFile(csv, toCsv(orders), 'utf8');
    const run = await runLabelTool(['--input', csv, '--template', template, '--output', outPdf], dir);
    const printed = /(\d+) labels? written/.exec(run.stdout);
    return printed ? Number(printed[1]) : orders.length;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// expect: no-multiple-settle
// statFile's callback has no return after reject(err); on a missing artifact it falls through to resolve() and reads stats.size on undefined, throwing an uncaught TypeError that crashes the CLI.
import { stat, readFile } from 'node:fs';
import { gzip } from 'node:zlib';
import * as path from 'node:path';

interface Budget {
  file: string;
  maxBytes: number;
  maxGzipBytes?: number;
}

interface SizeReport {
  file: string;
  bytes: number;
  gzipBytes: number;
  overBudget: boolean;
}

function statFile(file: string): Promise<{ size: number; mtimeMs: number }> {
  return new Promise((resolve, reject) => {
    stat(file, (err, stats) => {
      if (err) reject(err);
      resolve({ size: stats.size, mtimeMs: stats.mtimeMs });
    });
  });
}

function gzipSize(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    readFile(file, (readErr, buf) => {
      if (readErr) return reject(readErr);
      gzip(buf, { level: 9 }, (zipErr, out) => {
        if (zipErr) return reject(zipErr);
        resolve(out.length);
      });
    });
  });
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1024 / 1024).toFixed(2)} MB`;
}

export async function checkBudgets(distDir: string, budgets: Budget[]): Promise<SizeReport[]> {
  const reports: SizeReport[] = [];
  for (const budget of budgets) {
    const file = path.join(distDir, budget.file);
    let size: number;
    try {
      ({ size } = await statFile(file));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        console.warn(`  skip ${budget.file} (not built)`);
        continue;
      }
      throw err;
    }
    const gz = await gzipSize(file);
    const overBudget = size > budget.maxBytes || (budget.maxGzipBytes !== undefined && gz > budget.maxGzipBytes);
    reports.push({ file: budget.file, bytes: size, gzipBytes: gz, overBudget });
  }
  return reports;
}

export async function main(argv: string[]): Promise<number> {
  const distDir = argv[0] ?? 'dist';
  const budgets: Budget[] = JSON.parse(argv[1] ?? '[]');
  const reports = await checkBudgets(distDir, budgets);

  for (const r of reports) {
    const mark = r.overBudget ? '✖' : '✔';
    console.log(`${mark} ${r.file.padEnd(40)} ${formatBytes(r.bytes).padStart(10)} ${formatBytes(r.gzipBytes).padStart(10)} gz`);
  }

  const failed = reports.filter((r) => r.overBudget);
  if (failed.length > 0) {
    console.error(`\n${failed.length} file(s) over budget`);
    return 1;
  }
  return 0;
}

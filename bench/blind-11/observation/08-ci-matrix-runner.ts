// expect: none
// allSettled results are walked entry by entry and rejected reasons are collected into the summary and the exit code.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface MatrixCell {
  node: string;
  os: string;
  script: string;
}

interface CellResult {
  cell: MatrixCell;
  durationMs: number;
  output: string;
}

function runCell(cell: MatrixCell, cwd: string): Promise<CellResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('fnm', ['exec', `--using=${cell.node}`, 'npm', 'run', cell.script], {
      cwd,
      env: { ...process.env, CI: '1', MATRIX_OS: cell.os },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const durationMs = Math.round(performance.now() - started);
      if (code === 0) resolve({ cell, durationMs, output });
      else reject(Object.assign(new Error(`${cell.script} on node ${cell.node} exited ${code}`), { output }));
    });
  });
}

function label(cell: MatrixCell): string {
  return `${cell.os}/node${cell.node}/${cell.script}`;
}

export async function runMatrix(cells: MatrixCell[], cwd: string): Promise<number> {
  const results = await Promise.allSettled(cells.map((c) => runCell(c, cwd)));

  const lines: string[] = [];
  const failures: Array<{ cell: MatrixCell; reason: unknown }> = [];

  results.forEach((result, i) => {
    const cell = cells[i];
    if (result.status === 'fulfilled') {
      lines.push(`  ok   ${label(cell)} (${result.value.durationMs} ms)`);
    } else {
      failures.push({ cell, reason: result.reason });
      lines.push(`  FAIL ${label(cell)}`);
    }
  });

  console.log(`matrix: ${cells.length - failures.length}/${cells.length} passed`);
  console.log(lines.join('\n'));

  for (const { cell, reason } of failures) {
    const message = reason instanceof Error ? reason.message : String(reason);
    const output = (reason as { output?: string } | null)?.output ?? '';
    console.error(`\n--- ${label(cell)} ---\n${message}\n${output.split('\n').slice(-30).join('\n')}`);
  }

  return failures.length === 0 ? 0 : 1;
}

// expect: none
// runController rejects on spawn 'error' and on every non-zero 'close' (including code null when killed by a signal), and resolves only on exit 0.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';

interface CycleReport {
  machine: string;
  program: string;
  minutes: number;
  waterLitres: number;
}

// Stand-in for the washer controller CLI that ships on the machine boards.
const CONTROLLER_SRC = `
const [machine, program] = process.argv.slice(1);
if (program === 'jammed-door') { setInterval(() => {}, 1000); }
else if (program === 'unknown') { console.error('no such program: ' + program); process.exit(3); }
else {
  const minutes = program === 'heavy' ? 72 : 41;
  process.stdout.write(JSON.stringify({ machine, program, minutes, waterLitres: minutes * 1.1 }));
}
`;

function runController(machine: string, program: string, timeoutMs = 2_000): Promise<CycleReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', CONTROLLER_SRC, machine, program], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });

    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) {
        try {
          resolve(JSON.parse(stdout) as CycleReport);
        } catch (err) {
          reject(err);
        }
        return;
      }
      const why = signal ? `killed by ${signal}` : `exited with code ${code}`;
      reject(new Error(`controller for ${machine} ${why}${stderr ? `: ${stderr.trim()}` : ''}`));
    });
  });
}

describe('washer controller runner', () => {
  it('reports a normal cycle', async () => {
    const report = await runController('W-12', 'normal');
    assert.deepEqual(report, { machine: 'W-12', program: 'normal', minutes: 41, waterLitres: 41 * 1.1 });
  });

  it('reports a heavy cycle', async () => {
    const report = await runController('W-03', 'heavy');
    assert.equal(report.minutes, 72);
  });

  it('surfaces controller errors with stderr', async () => {
    await assert.rejects(runController('W-07', 'unknown'), /exited with code 3: no such program/);
  });

  it('rejects when the controller hangs and is killed', async () => {
    await assert.rejects(runController('D-01', 'jammed-door', 300), /killed by SIGTERM/);
  });
});

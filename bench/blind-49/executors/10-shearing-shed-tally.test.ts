// expect: none
// The spawn helper listens for both 'error' and 'close' (which can both fire on a failed spawn) and a settled guard keeps it to a single settlement.
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface ShearerTally {
  shearer: string;
  stand: number;
  ewes: number;
  lambs: number;
  rams: number;
}

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runTallyScript(script: string, input: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let settled = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', (err) => {
      if (settled) return;
      settled = true;
      reject(err);
    });
    child.once('close', (code) => {
      if (settled) return;
      settled = true;
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

const TALLY_SCRIPT = `
let raw = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => (raw += c));
process.stdin.on('end', () => {
  const totals = new Map();
  for (const line of raw.split('\\n').filter(Boolean)) {
    const [shearer, stand, kind] = line.split(',');
    const t = totals.get(shearer) ?? { shearer, stand: Number(stand), ewes: 0, lambs: 0, rams: 0 };
    if (!(kind in t)) { console.error('bad kind ' + kind); process.exit(2); }
    t[kind] += 1;
    totals.set(shearer, t);
  }
  process.stdout.write(JSON.stringify([...totals.values()]));
});
`;

function parseTallies(result: RunResult): ShearerTally[] {
  assert.equal(result.code, 0, `tally script failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as ShearerTally[];
}

describe('shearing shed tally script', () => {
  it('totals each shearer by sheep class', async () => {
    const board = [
      'Moana,1,ewes',
      'Moana,1,ewes',
      'Moana,1,lambs',
      'Jock,2,rams',
      'Jock,2,ewes',
    ].join('\n');
    const tallies = parseTallies(await runTallyScript(TALLY_SCRIPT, board));
    const moana = tallies.find((t) => t.shearer === 'Moana');
    assert.deepEqual(moana, { shearer: 'Moana', stand: 1, ewes: 2, lambs: 1, rams: 0 });
    assert.equal(tallies.length, 2);
  });

  it('rejects an unknown sheep class with exit code 2', async () => {
    const result = await runTallyScript(TALLY_SCRIPT, 'Jock,2,goats\n');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /bad kind goats/);
  });

  it('handles an empty board', async () => {
    const tallies = parseTallies(await runTallyScript(TALLY_SCRIPT, ''));
    assert.deepEqual(tallies, []);
  });
});

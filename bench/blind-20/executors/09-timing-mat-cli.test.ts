// expect: no-multiple-settle
// runCli only resolves when the CLI exits with code 0; a non-zero exit or a signal leaves the promise pending, so a regression hangs the test run instead of failing it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CLI = path.resolve(__dirname, '../dist/bin/mat-splits.js');

interface CliResult {
  stdout: string;
  stderr: string;
}

function runCli(args: string[], input = ''): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, TZ: 'UTC', NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        resolve({ stdout, stderr });
      }
    });
    child.stdin.end(input);
  });
}

// raw reads as the mats emit them: chip,mat,epoch-ms
const READS = [
  'A1042,START,1718000000000',
  'A1042,10K,1718002400500',
  'A1042,HALF,1718005100250',
  'B2207,START,1718000003000',
  'B2207,10K,1718002650000',
  'A1042,10K,1718002401100',
].join('\n');

describe('mat-splits CLI', () => {
  test('prints one split row per chip and mat', async () => {
    const { stdout } = await runCli(['--format', 'csv'], READS);
    const rows = stdout.trim().split('\n');
    assert.equal(rows[0], 'chip,mat,elapsed');
    assert.ok(rows.includes('A1042,10K,00:40:00.5'));
    assert.ok(rows.includes('B2207,10K,00:44:07.0'));
  });

  test('keeps the first read when a mat double-fires', async () => {
    const { stdout } = await runCli(['--format', 'csv'], READS);
    const tenK = stdout.split('\n').filter((r) => r.startsWith('A1042,10K'));
    assert.deepEqual(tenK, ['A1042,10K,00:40:00.5']);
  });

  test('reads from a file and emits json', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mat-splits-'));
    try {
      const file = path.join(dir, 'reads.csv');
      await writeFile(file, READS);
      const { stdout } = await runCli(['--format', 'json', file]);
      const parsed = JSON.parse(stdout) as { chip: string; splits: Record<string, number> }[];
      assert.equal(parsed.length, 2);
      assert.equal(parsed.find((p) => p.chip === 'A1042')?.splits.HALF, 5100250);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('warns on stderr about unknown mats', async () => {
    const { stdout, stderr } = await runCli(['--format', 'csv'], `${READS}\nA1042,BRIDGE,1718003000000`);
    assert.match(stderr, /unknown mat "BRIDGE"/);
    assert.ok(!stdout.includes('BRIDGE'));
  });
});

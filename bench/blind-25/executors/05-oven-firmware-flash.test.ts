// expect: no-multiple-settle
// async 'exit' listener awaits readFile before resolving; if the simulator never wrote its log the read rejects and runFlash never settles, hanging the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface FlashOutcome {
  exitCode: number | null;
  log: string[];
}

const SIMULATOR = process.env.OVEN_SIM ?? join(process.cwd(), 'tools', 'oven-sim.mjs');

function runFlash(workDir: string, imagePath: string, extraArgs: string[] = []): Promise<FlashOutcome> {
  const logPath = join(workDir, 'flash.log');
  return new Promise<FlashOutcome>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [SIMULATOR, '--image', imagePath, '--log', logPath, ...extraArgs],
      { stdio: 'ignore' },
    );

    child.once('error', reject);
    child.once('exit', async (exitCode) => {
      const text = await readFile(logPath, 'utf8');
      resolve({ exitCode, log: text.split('\n').filter(Boolean) });
    });
  });
}

async function makeImage(dir: string, name: string, body: Buffer): Promise<string> {
  const header = Buffer.alloc(16);
  header.write('OVFW', 0, 'ascii');
  header.writeUInt32LE(body.length, 4);
  header.writeUInt32LE(0x0203, 8); // firmware version 2.3
  const p = join(dir, name);
  await writeFile(p, Buffer.concat([header, body]));
  return p;
}

test('deck oven controller accepts a well-formed image', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'oven-flash-'));
  try {
    const image = await makeImage(dir, 'deck-2.3.bin', Buffer.alloc(4096, 0xab));
    const outcome = await runFlash(dir, image);
    assert.equal(outcome.exitCode, 0);
    assert.ok(outcome.log.some((l) => l.includes('verify ok')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('rejects image with truncated body', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'oven-flash-'));
  try {
    const image = await makeImage(dir, 'deck-bad.bin', Buffer.alloc(0));
    const outcome = await runFlash(dir, image);
    assert.notEqual(outcome.exitCode, 0);
    assert.ok(outcome.log.some((l) => l.includes('length mismatch')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('refuses to flash while the oven is above 60C', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'oven-flash-'));
  try {
    const image = await makeImage(dir, 'deck-2.3.bin', Buffer.alloc(4096, 0xcd));
    const outcome = await runFlash(dir, image, ['--chamber-temp', '185']);
    assert.equal(outcome.exitCode, 3);
    assert.ok(outcome.log.some((l) => l.includes('chamber too hot')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

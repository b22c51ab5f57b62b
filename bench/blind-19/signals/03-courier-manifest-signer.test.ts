// expect: none
// Correct: signManifest forwards the signal to execFile, and the test checks that an abort surfaces as an AbortError rather than a result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

interface CourierManifest {
  runId: string;
  courierId: string;
  units: Array<{ bagId: string; bloodType: string; expiresAt: string }>;
}

interface SignOptions {
  binary: string;
  keyPath: string;
  signal?: AbortSignal;
}

async function signManifest(manifest: CourierManifest, opts: SignOptions): Promise<string> {
  const payload = JSON.stringify(manifest);
  const { stdout } = await execFileAsync(opts.binary, ['-c', `printf 'sig:%s' "${manifest.runId}"`, '--', opts.keyPath], {
    signal: opts.signal,
    timeout: 10_000,
    env: { ...process.env, MANIFEST_LEN: String(payload.length) },
  });
  return stdout.trim();
}

async function signSlowly(manifest: CourierManifest, opts: SignOptions): Promise<string> {
  // Simulates an HSM that takes a while to respond.
  const { stdout } = await execFileAsync(opts.binary, ['-c', 'sleep 5; echo late'], {
    signal: opts.signal,
  });
  return `${manifest.runId}:${stdout.trim()}`;
}

const sampleManifest: CourierManifest = {
  runId: 'RUN-2291',
  courierId: 'C-07',
  units: [
    { bagId: 'B-118842', bloodType: 'O-', expiresAt: '2024-07-02T09:00:00Z' },
    { bagId: 'B-118850', bloodType: 'A+', expiresAt: '2024-07-03T09:00:00Z' },
  ],
};

test('signs a courier manifest', async () => {
  const sig = await signManifest(sampleManifest, { binary: '/bin/sh', keyPath: '/dev/null' });
  assert.equal(sig, 'sig:RUN-2291');
});

test('aborting the signer rejects with AbortError', async () => {
  const controller = new AbortController();
  const pending = signSlowly(sampleManifest, {
    binary: '/bin/sh',
    keyPath: '/dev/null',
    signal: controller.signal,
  });
  setTimeout(() => controller.abort(), 50);

  await assert.rejects(pending, (err: unknown) => {
    assert.ok(err instanceof Error);
    assert.equal(err.name, 'AbortError');
    return true;
  });
});

test('an already-aborted signal rejects straight away', async () => {
  const started = Date.now();
  await assert.rejects(
    signSlowly(sampleManifest, {
      binary: '/bin/sh',
      keyPath: '/dev/null',
      signal: AbortSignal.abort(),
    }),
    { name: 'AbortError' },
  );
  assert.ok(Date.now() - started < 1_000);
});

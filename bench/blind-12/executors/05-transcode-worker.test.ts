// expect: no-multiple-settle
// waitForReady only listens for stdout data, so if the worker crashes or fails to spawn before printing READY the promise never settles and the test hangs.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

const WORKER = join(__dirname, 'fixtures', 'transcode-worker.mjs');

interface JobResult {
  id: string;
  outputs: { rendition: string; bytes: number; durationMs: number }[];
}

const children: ChildProcessWithoutNullStreams[] = [];

function startWorker(env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, [WORKER], {
    env: { ...process.env, TRANSCODE_TMP: '/tmp/transcode-test', ...env },
  });
  children.push(child);
  return child;
}

function waitForReady(child: ChildProcessWithoutNullStreams): Promise<void> {
  return new Promise((resolve) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (seen.split('\n').some((line) => line.trim() === 'READY')) {
        child.stdout.off('data', onData);
        resolve();
      }
    };
    child.stdout.on('data', onData);
  });
}

function runJob(child: ChildProcessWithoutNullStreams, job: object): Promise<JobResult> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (s: string) => (out += s));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) return reject(new Error(`worker exited with ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as JobResult);
      } catch (e) {
        reject(e);
      }
    });
    child.stdin.end(JSON.stringify(job) + '\n');
  });
}

afterEach(() => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

test('produces every rendition in the ladder', async () => {
  const worker = startWorker();
  await waitForReady(worker);
  const result = await runJob(worker, {
    id: 'job-1',
    input: 'fixtures/clip-10s.mp4',
    ladder: ['1080p', '720p', '480p'],
  });
  assert.equal(result.id, 'job-1');
  assert.deepEqual(
    result.outputs.map((o) => o.rendition),
    ['1080p', '720p', '480p'],
  );
  for (const output of result.outputs) {
    assert.ok(output.bytes > 0, `${output.rendition} should not be empty`);
    assert.ok(Math.abs(output.durationMs - 10_000) < 100);
  }
});

test('honours the hardware encoder flag', async () => {
  const worker = startWorker({ TRANSCODE_HWACCEL: 'vaapi' });
  await waitForReady(worker);
  const result = await runJob(worker, { id: 'job-2', input: 'fixtures/clip-10s.mp4', ladder: ['720p'] });
  assert.equal(result.outputs.length, 1);
});

// expect: none
// waitForReady settles exactly once: the ready line, an early exit, a spawn error and the timeout all go through cleanup, which clears the timer and removes the other listeners.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type { Readable } from 'node:stream';

type ServerChild = ChildProcessByStdio<null, Readable, null>;

const SERVER_SCRIPT = `
const http = require('node:http');
const server = http.createServer((req, res) => res.end(JSON.stringify({ path: req.url })));
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port));
`;

function waitForReady(child: ServerChild, pattern: RegExp, ms: number): Promise<RegExpExecArray> {
  return new Promise<RegExpExecArray>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      cleanup();
      reject(new Error(`server exited before ready (code=${code}, signal=${signal})`));
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onLine = (line: string) => {
      const match = pattern.exec(line);
      if (!match) return;
      cleanup();
      resolve(match);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`server not ready within ${ms}ms`));
    }, ms);
    function cleanup() {
      clearTimeout(timer);
      child.off('exit', onExit);
      child.off('error', onError);
      lines.off('line', onLine);
      lines.close();
      child.stdout.resume();
    }
    child.once('exit', onExit);
    child.once('error', onError);
    lines.on('line', onLine);
  });
}

const child: ServerChild = spawn(process.execPath, ['-e', SERVER_SCRIPT], { stdio: ['ignore', 'pipe', 'inherit'] });

after(async () => {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
});

test('echo server answers with the requested path', async () => {
  const [, baseUrl] = await waitForReady(child, /listening on (http:\/\/\S+)/, 5_000);
  const res = await fetch(`${baseUrl}/health?probe=1`);
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { path: '/health?probe=1' });
});

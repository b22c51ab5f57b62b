// expect: none
// The first matching line settles the promise and immediately removes every listener, clears the timer and keeps draining stdout; an exit, spawn error or timeout before that rejects, so waitForReady() settles exactly once on every path.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export function waitForReady(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  const stdout = child.stdout;
  if (!stdout) return Promise.reject(new Error('child was spawned without a stdout pipe'));

  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: stdout, crlfDelay: Infinity });
    const timer = setTimeout(() => finish(new Error(`no line matching ${pattern} within ${timeoutMs}ms`)), timeoutMs);

    const onLine = (line: string) => {
      const m = pattern.exec(line);
      if (m) finish(null, m[1] ?? line);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      finish(new Error(`dev server exited (${code ?? signal}) before it was ready`));
    const onError = (err: Error) => finish(err);

    function finish(err: Error | null, value = ''): void {
      clearTimeout(timer);
      rl.off('line', onLine);
      rl.close();
      stdout!.resume();
      child.off('exit', onExit);
      child.off('error', onError);
      if (err) reject(err);
      else resolve(value);
    }

    rl.on('line', onLine);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

export async function startDevServer(cwd: string, port: number): Promise<{ url: string; stop(): void }> {
  const child = spawn('npx', ['vite', '--port', String(port), '--strictPort'], {
    cwd,
    env: { ...process.env, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.on('error', (err) => console.error(`dev server process error: ${err.message}`));
  try {
    const url = await waitForReady(child, /Local:\s+(http:\/\/\S+)/, 30_000);
    return { url, stop: () => void child.kill('SIGTERM') };
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
}

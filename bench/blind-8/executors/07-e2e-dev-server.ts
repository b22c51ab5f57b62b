// expect: no-multiple-settle
// If the dev server exits before printing its ready line (port in use, build error), no 'exit'/'close' listener settles the promise, so globalSetup waits forever and the CI job hangs.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { once } from 'node:events';

export interface DevServerHandle {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

const READY_LINE = /ready on (https?:\/\/\S+)/i;

export function startDevServer(projectDir: string, port: number): Promise<DevServerHandle> {
  return new Promise<DevServerHandle>((resolve, reject) => {
    const child = spawn('npx', ['vite', '--port', String(port), '--strictPort'], {
      cwd: projectDir,
      env: { ...process.env, FORCE_COLOR: '0', BROWSER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    const stderrTail: string[] = [];
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderrTail.push(chunk);
      if (stderrTail.length > 20) stderrTail.shift();
    });

    child.once('error', (err) => {
      reject(new Error(`could not spawn dev server: ${err.message}\n${stderrTail.join('')}`));
    });

    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = READY_LINE.exec(line);
      if (!match) return;
      lines.close();
      child.stdout.resume();
      resolve({
        url: match[1],
        child,
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          await once(child, 'exit');
        },
      });
    });
  });
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const server = await startDevServer(process.cwd(), Number(process.env.E2E_PORT ?? 5174));
  process.env.E2E_BASE_URL = server.url;
  console.log(`[e2e] dev server at ${server.url}`);
  return () => server.stop();
}

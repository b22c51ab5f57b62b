// expect: no-multiple-settle
// waitForServer settles only when a "Listening on" line shows up; if the server crashes or exits before printing it (bad config, port in use), the promise never resolves or rejects and e2e setup hangs.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface DevServer {
  url: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

const READY_PATTERN = /Listening on (https?:\/\/\S+)/;

function waitForServer(child: ChildProcess, label: string): Promise<string> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: child.stdout! });
    let announced = false;
    lines.on('line', (line) => {
      process.stdout.write(`[${label}] ${line}\n`);
      if (announced) return;
      const match = READY_PATTERN.exec(line);
      if (match) {
        announced = true;
        resolve(match[1]);
      }
    });
  });
}

export async function startDevServer(cwd: string, port = 0): Promise<DevServer> {
  const child = spawn(process.execPath, ['dist/server.js'], {
    cwd,
    env: { ...process.env, PORT: String(port), NODE_ENV: 'test', LOG_FORMAT: 'plain' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });

  const url = await waitForServer(child, 'api');

  return {
    url,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function globalSetup(): Promise<() => Promise<void>> {
  const server = await startDevServer(process.cwd(), Number(process.env.E2E_PORT ?? 0));
  process.env.E2E_BASE_URL = server.url;
  console.log(`e2e: api ready at ${server.url} (pid ${server.pid})`);
  return () => server.stop();
}

// expect: no-multiple-settle
// waitForReady's 'exit' handler only rejects when stderr has text, so a simulator that exits silently before printing READY leaves the promise pending.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface, type Interface } from 'node:readline';
import { once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void, timeoutMs?: number) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  toBeLessThanOrEqual(n: number): void;
  toMatchObject(expected: object): void;
};

const SIMULATOR = `
  const readline = require('node:readline');
  const pools = { rotenburo: 41.5, uchiyu: 39.0, sauna_plunge: 16.0 };
  const rl = readline.createInterface({ input: process.stdin });
  rl.on('line', (line) => {
    const cmd = JSON.parse(line);
    if (cmd.op === 'temp') {
      process.stdout.write(JSON.stringify({ pool: cmd.pool, celsius: pools[cmd.pool] ?? null }) + '\\n');
    } else if (cmd.op === 'heat') {
      pools[cmd.pool] = Math.min(44, (pools[cmd.pool] ?? 0) + cmd.delta);
      process.stdout.write(JSON.stringify({ pool: cmd.pool, celsius: pools[cmd.pool] }) + '\\n');
    }
  });
  process.stdout.write('READY pools=' + Object.keys(pools).length + '\\n');
`;

function waitForReady(child: ChildProcessWithoutNullStreams, lines: Interface): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    const onLine = (line: string) => {
      const match = /^READY pools=(\d+)$/.exec(line);
      if (!match) return;
      lines.off('line', onLine);
      child.off('exit', onExit);
      child.off('error', onError);
      resolve(Number(match[1]));
    };
    const onError = (err: Error) => {
      lines.off('line', onLine);
      child.off('exit', onExit);
      reject(err);
    };
    const onExit = (code: number | null) => {
      lines.off('line', onLine);
      child.off('error', onError);
      if (stderr.length > 0) {
        reject(new Error(`pool simulator exited with ${code}: ${stderr.trim()}`));
      }
    };

    lines.on('line', onLine);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

async function request(child: ChildProcessWithoutNullStreams, lines: Interface, cmd: object): Promise<any> {
  const nextLine = once(lines, 'line');
  child.stdin.write(JSON.stringify(cmd) + '\n');
  const [reply] = await nextLine;
  return JSON.parse(String(reply));
}

describe('hot spring pool simulator', () => {
  let child: ChildProcessWithoutNullStreams;
  let lines: Interface;

  beforeEach(async () => {
    child = spawn(process.execPath, ['-e', SIMULATOR]);
    lines = createInterface({ input: child.stdout });
    const poolCount = await waitForReady(child, lines);
    expect(poolCount).toBe(3);
  });

  afterEach(() => {
    lines.close();
    child.kill();
  });

  it('reports the outdoor rotenburo temperature', async () => {
    const reply = await request(child, lines, { op: 'temp', pool: 'rotenburo' });
    expect(reply).toMatchObject({ pool: 'rotenburo', celsius: 41.5 });
  });

  it('caps heating at the resort safety limit of 44C', async () => {
    const reply = await request(child, lines, { op: 'heat', pool: 'rotenburo', delta: 10 });
    expect(reply.celsius).toBeLessThanOrEqual(44);
  });

  it('heats the indoor uchiyu in small steps', async () => {
    const reply = await request(child, lines, { op: 'heat', pool: 'uchiyu', delta: 0.5 });
    expect(reply.celsius).toBeGreaterThan(39);
  });
});

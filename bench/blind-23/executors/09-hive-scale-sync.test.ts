// expect: no-multiple-settle
// Bug: startSimulator() settles only on the 'ready' message; if the forked simulator errors or exits before ready the promise never settles, so setup just hits the hook timeout with the real failure lost.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeAll: (fn: () => Promise<void> | void, timeout?: number) => void;
declare const afterAll: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(v: unknown): void;
  toBeGreaterThan(v: number): void;
  toHaveLength(n: number): void;
};

declare function syncColonyWeights(scaleUrl: string, apiary: string): Promise<Array<{ hiveId: string; kg: number; deltaKg: number }>>;

interface SimulatorHandle {
  child: ChildProcess;
  url: string;
}

const SIM_SCRIPT = path.join(__dirname, 'fixtures', 'hive-scale-sim.js');

function startSimulator(hives: number): Promise<SimulatorHandle> {
  return new Promise<SimulatorHandle>((resolve) => {
    const child = fork(SIM_SCRIPT, ['--hives', String(hives), '--port', '0'], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (msg: { type: string; port?: number }) => {
      if (msg.type === 'ready' && msg.port) {
        resolve({ child, url: `http://127.0.0.1:${msg.port}` });
      }
    });
  });
}

function stopSimulator(sim: SimulatorHandle | undefined): Promise<void> {
  if (!sim || sim.child.exitCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    sim.child.once('exit', () => resolve());
    sim.child.kill();
  });
}

describe('colony weight sync', () => {
  let sim: SimulatorHandle | undefined;

  beforeAll(async () => {
    sim = await startSimulator(12);
  }, 10_000);

  afterAll(async () => {
    await stopSimulator(sim);
  });

  it('reads every hive on the co-op scale', async () => {
    const rows = await syncColonyWeights(sim!.url, 'north-meadow');
    expect(rows).toHaveLength(12);
  });

  it('reports the nectar flow as a positive delta after the simulated day', async () => {
    sim!.child.send({ type: 'advance', hours: 24, flow: 'strong' });
    const rows = await syncColonyWeights(sim!.url, 'north-meadow');
    const gained = rows.filter((r) => r.deltaKg > 0);
    expect(gained.length).toBeGreaterThan(8);
  });

  it('keeps hive ids stable between syncs', async () => {
    const first = await syncColonyWeights(sim!.url, 'north-meadow');
    const second = await syncColonyWeights(sim!.url, 'north-meadow');
    expect(second.map((r) => r.hiveId).join()).toBe(first.map((r) => r.hiveId).join());
  });
});

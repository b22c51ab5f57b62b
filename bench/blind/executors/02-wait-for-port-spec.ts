// expect: none
// The connect timeout is cleared in both the 'connect' and 'error' handlers, and destroy() without an error emits no 'error', so the promise settles exactly once.
import { connect, type Socket } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>, timeout?: number): void;
declare function beforeAll(fn: () => Promise<void>, timeout?: number): void;
declare function expect(value: unknown): { toBe(expected: unknown): void };
declare const SERVICE_PORT: number;

function tryConnect(port: number, ms: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1' });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`connect to :${port} timed out after ${ms}ms`));
    }, ms);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

export async function waitForPort(port: number, attempts = 20): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    try {
      const socket = await tryConnect(port, 500);
      socket.end();
      return;
    } catch {
      await delay(250);
    }
  }
  throw new Error(`port ${port} never opened`);
}

describe('service boot', () => {
  beforeAll(() => waitForPort(SERVICE_PORT), 15_000);

  it('accepts TCP connections', async () => {
    const socket = await tryConnect(SERVICE_PORT, 1000);
    expect(socket.remotePort).toBe(SERVICE_PORT);
    socket.destroy();
  });
});

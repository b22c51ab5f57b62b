// expect: no-multiple-settle
// connectClient() clears its timeout only on 'error': after a successful connect the timer still fires 2s later, destroys the socket the test is using and calls a no-op reject, so the slower tests fail with a reset connection instead of their real assertion.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import readline from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';

declare function startLineServer(opts: { idleTimeoutMs: number }): Promise<{
  port: number;
  close(): Promise<void>;
}>;

function connectClient(port: number, timeoutMs = 2_000): Promise<net.Socket> {
  return new Promise<net.Socket>((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`could not connect to 127.0.0.1:${port} within ${timeoutMs}ms`));
    }, timeoutMs);
    socket.once('connect', () => resolve(socket));
    socket.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

function lineReader(socket: net.Socket) {
  const lines = readline.createInterface({ input: socket, crlfDelay: Infinity })[Symbol.asyncIterator]();
  return async (): Promise<string> => {
    const next = await lines.next();
    if (next.done) throw new Error('server closed the connection');
    return next.value;
  };
}

describe('line protocol server', () => {
  let server: Awaited<ReturnType<typeof startLineServer>>;

  before(async () => {
    server = await startLineServer({ idleTimeoutMs: 10_000 });
  });

  after(async () => {
    await server.close();
  });

  it('answers PING with PONG', async () => {
    const socket = await connectClient(server.port);
    const readLine = lineReader(socket);
    socket.write('PING\r\n');
    assert.equal(await readLine(), 'PONG');
    socket.end();
  });

  it('keeps session state across a pause shorter than the idle timeout', async () => {
    const socket = await connectClient(server.port);
    const readLine = lineReader(socket);
    socket.write('SET greeting hello\r\n');
    assert.equal(await readLine(), 'OK');

    await delay(3_000);

    socket.write('GET greeting\r\n');
    assert.equal(await readLine(), 'hello');
    socket.end();
  });

  it('rejects unknown commands without dropping the connection', async () => {
    const socket = await connectClient(server.port);
    const readLine = lineReader(socket);
    socket.write('FROB 1 2 3\r\n');
    assert.match(await readLine(), /^ERR unknown command/);
    socket.write('PING\r\n');
    assert.equal(await readLine(), 'PONG');
    socket.end();
  });
});

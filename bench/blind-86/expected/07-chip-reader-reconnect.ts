// expect: no-reused-settled-promise
// connectWithRetry's .catch handler calls itself with the same rejected `attempt` promise, so every "retry" re-attaches to the original failure and never dials the reader again.
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ReaderEndpoint {
  name: string;
  host: string;
  port: number;
}

function dial(ep: ReaderEndpoint, timeoutMs = 4_000): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: ep.host, port: ep.port });
    const fail = (err: Error) => {
      socket.destroy();
      reject(err);
    };
    socket.setTimeout(timeoutMs, () => fail(new Error(`${ep.name}: connect timed out`)));
    socket.once('error', fail);
    socket.once('connect', () => {
      socket.setTimeout(0);
      socket.off('error', fail);
      resolve(socket);
    });
  });
}

function connectWithRetry(
  ep: ReaderEndpoint,
  attempt: Promise<net.Socket>,
  retriesLeft: number,
  delayMs: number,
): Promise<net.Socket> {
  return attempt.catch(async (err: Error) => {
    if (retriesLeft <= 0) throw err;
    console.warn(`[timing] ${ep.name}: ${err.message}; retrying in ${delayMs}ms (${retriesLeft} left)`);
    await sleep(delayMs);
    return connectWithRetry(ep, attempt, retriesLeft - 1, Math.min(delayMs * 2, 30_000));
  });
}

export async function attachFinishLine(
  ep: ReaderEndpoint,
  onRead: (bib: number, chipTimeMs: number) => void,
): Promise<net.Socket> {
  const socket = await connectWithRetry(ep, dial(ep), 6, 1_000);
  let buffered = '';
  socket.setEncoding('ascii');
  socket.on('data', (chunk: string) => {
    buffered += chunk;
    let nl: number;
    while ((nl = buffered.indexOf('\n')) !== -1) {
      const [bib, ms] = buffered.slice(0, nl).trim().split(';');
      buffered = buffered.slice(nl + 1);
      if (bib && ms) onRead(Number(bib), Number(ms));
    }
  });
  socket.on('close', () => console.warn(`[timing] ${ep.name} disconnected`));
  return socket;
}

// expect: no-leaked-race
// The connect-vs-timeout race never cleans up its loser: after a fast connect the 3 s timer stays armed (the probe CLI cannot exit until it fires), and after a timeout the half-open socket and its once('connect') listeners stay alive.
import net from 'node:net';
import { once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface ProbeResult {
  host: string;
  port: number;
  ok: boolean;
  latencyMs?: number;
  error?: string;
}

class ProbeTimeoutError extends Error {
  constructor(host: string, ms: number) {
    super(`no connection to ${host} within ${ms} ms`);
    this.name = 'ProbeTimeoutError';
  }
}

async function pingCache(host: string, port: number, timeoutMs: number): Promise<number> {
  const started = performance.now();
  const socket = net.createConnection({ host, port });
  socket.setNoDelay(true);

  await Promise.race([
    once(socket, 'connect'),
    delay(timeoutMs).then(() => {
      throw new ProbeTimeoutError(host, timeoutMs);
    }),
  ]);

  try {
    socket.write('PING\r\n');
    const [chunk] = (await once(socket, 'data')) as [Buffer];
    if (!chunk.toString('latin1').startsWith('+PONG')) {
      throw new Error(`unexpected reply from ${host}: ${chunk.toString('latin1').trim()}`);
    }
    return performance.now() - started;
  } finally {
    socket.destroy();
  }
}

export async function probeAll(targets: string[], timeoutMs = 3_000): Promise<ProbeResult[]> {
  const results: ProbeResult[] = [];
  for (const target of targets) {
    const [host, portText = '6379'] = target.split(':');
    const port = Number(portText);
    try {
      const latencyMs = await pingCache(host, port, timeoutMs);
      results.push({ host, port, ok: true, latencyMs: Math.round(latencyMs) });
    } catch (err) {
      results.push({ host, port, ok: false, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return results;
}

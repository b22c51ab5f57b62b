// expect: none
// Correct: the handshake race clears its timer in finally and aborts the losing request through a linked controller, so no loser keeps running.
declare const pressRegistry: {
  endpointsFor(pressId: string): Promise<string[]>;
};

export interface PressHandshake {
  pressId: string;
  endpoint: string;
  firmware: string;
  platenC: number;
}

export class HandshakeTimeoutError extends Error {
  constructor(pressId: string, ms: number) {
    super(`tortilla press ${pressId} did not answer within ${ms}ms`);
    this.name = 'HandshakeTimeoutError';
  }
}

async function hello(endpoint: string, pressId: string, signal: AbortSignal): Promise<PressHandshake> {
  const res = await fetch(`${endpoint}/hello`, {
    method: 'POST',
    body: JSON.stringify({ pressId }),
    headers: { 'content-type': 'application/json' },
    signal,
  });
  if (!res.ok) throw new Error(`${endpoint} refused handshake: ${res.status}`);
  const body = (await res.json()) as { firmware: string; platenC: number };
  return { pressId, endpoint, ...body };
}

export async function handshake(
  pressId: string,
  timeoutMs: number,
  outer?: AbortSignal,
): Promise<PressHandshake> {
  const endpoints = await pressRegistry.endpointsFor(pressId);
  if (endpoints.length === 0) throw new Error(`press ${pressId} has no registered endpoints`);

  const controller = new AbortController();
  const signal = outer ? AbortSignal.any([outer, controller.signal]) : controller.signal;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HandshakeTimeoutError(pressId, timeoutMs)), timeoutMs);
  });

  try {
    // Presses have a wired and a wifi controller; whichever answers first wins.
    return await Promise.race([
      Promise.any(endpoints.map((endpoint) => hello(endpoint, pressId, signal))),
      timeout,
    ]);
  } catch (err) {
    // Promise.any reports aborted attempts as an AggregateError; surface the caller's abort instead.
    outer?.throwIfAborted();
    throw err;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

export async function handshakeLine(pressIds: string[], signal?: AbortSignal): Promise<PressHandshake[]> {
  const handshakes: PressHandshake[] = [];
  for (const pressId of pressIds) {
    const result = await handshake(pressId, 3_000, signal);
    if (result.platenC > 230) {
      throw new Error(`press ${pressId} platen reports ${result.platenC}C; refusing to start line`);
    }
    handshakes.push(result);
  }
  return handshakes;
}

// Waiters a helper builds on an object it did not create: their listeners stay when they lose.
import rule from '../../rules/no-leaked-race.js';
import { typedRuleTester } from '../rule-tester.js';

typedRuleTester().run('no-leaked-race', rule, {
  valid: [
    // the race's loser listens on a socket the function closes when the race fails: its listeners go with it
    `function opened(ws: WebSocket): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    ws.addEventListener('open', () => resolve(ws), { once: true });
    ws.addEventListener('error', () => reject(new Error('connect failed')), { once: true });
  });
}
export async function connect(url: string, ms: number): Promise<WebSocket> {
  const ws = new WebSocket(url);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('connect timed out')), ms);
  });
  try {
    return await Promise.race([opened(ws), timeout]);
  } catch (error) {
    ws.close();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}`,
    // the listeners are on a socket the executor creates itself: nothing outlives the promise but that socket
    `function opened(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.addEventListener('open', () => resolve(socket), { once: true });
    socket.addEventListener('error', () => reject(new Error('failed')), { once: true });
  });
}
export async function connect(url: string): Promise<WebSocket> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), 5_000);
  });
  try {
    return await Promise.race([opened(url), timeout]);
  } finally {
    clearTimeout(timer);
  }
}`,
    // the waiter takes a signal, and the race's controller aborts it: its listeners come off
    `export class Rpc {
  constructor(private readonly socket: WebSocket) {}
  private reply(id: number, signal: AbortSignal): Promise<string> {
    return new Promise((resolve, reject) => {
      const onMessage = (event: MessageEvent) => {
        const message = JSON.parse(String(event.data)) as { id: number; result: string };
        if (message.id !== id) return;
        this.socket.removeEventListener('message', onMessage);
        resolve(message.result);
      };
      signal.addEventListener('abort', () => {
        this.socket.removeEventListener('message', onMessage);
        reject(signal.reason);
      }, { once: true });
      this.socket.addEventListener('message', onMessage);
    });
  }
  async call(id: number, body: string): Promise<string> {
    this.socket.send(body);
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), 5_000);
    });
    try {
      return await Promise.race([this.reply(id, controller.signal), timeout]);
    } finally {
      clearTimeout(timer);
      controller.abort();
    }
  }
}`,
    // the helper's listener is registered with the race's own signal, aborted once the race settles: it comes off
    `declare const inventory: { reserve(sku: string): Promise<{ id: string }> };
function rejectOnAbort(signal: AbortSignal, done: AbortSignal): Promise<never> {
  return new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(new Error('shutting down')), { once: true, signal: done });
  });
}
export class Allocator {
  constructor(private readonly shutdown: AbortSignal) {}
  async reserve(sku: string): Promise<string> {
    const done = new AbortController();
    try {
      const { id } = await Promise.race([inventory.reserve(sku), rejectOnAbort(this.shutdown, done.signal)]);
      return id;
    } finally {
      done.abort();
    }
  }
}`,
  ],
  invalid: [
    // the same race with nothing ending the socket: the loser's listeners stay on it
    {
      code: `function opened(ws: WebSocket): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    ws.addEventListener('open', () => resolve(ws), { once: true });
    ws.addEventListener('error', () => reject(new Error('connect failed')), { once: true });
  });
}
export async function connect(url: string, ms: number): Promise<WebSocket> {
  const ws = new WebSocket(url);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('connect timed out')), ms);
  });
  try {
    return await Promise.race([opened(ws), timeout]);
  } catch (error) {
    throw error;
  } finally {
    clearTimeout(timer);
  }
}`,
      errors: [
        {
          messageId: 'leakedListeners',
          line: 14,
          column: 32,
          endLine: 14,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
    // the reply waiter's message listener stays on the socket when the timeout wins
    {
      code: `export class Rpc {
  constructor(private readonly socket: WebSocket) {}
  private reply(id: number): Promise<string> {
    return new Promise((resolve) => {
      const onMessage = (event: MessageEvent) => {
        const message = JSON.parse(String(event.data)) as { id: number; result: string };
        if (message.id !== id) return;
        this.socket.removeEventListener('message', onMessage);
        resolve(message.result);
      };
      this.socket.addEventListener('message', onMessage);
    });
  }
  async call(id: number, body: string): Promise<string> {
    this.socket.send(body);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), 5_000);
    });
    try {
      return await Promise.race([this.reply(id), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}`,
      errors: [
        {
          messageId: 'leakedListeners',
          line: 21,
          column: 34,
          endLine: 21,
          endColumn: 48,
          suggestions: [],
        },
      ],
    },
    // a helper given the long-lived shutdown signal listens on it for every reservation: each winning reservation leaves one more listener
    {
      code: `declare const inventory: { reserve(sku: string): Promise<{ id: string }> };
function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(new Error('shutting down')), { once: true });
  });
}
export class Allocator {
  constructor(private readonly shutdown: AbortSignal) {}
  async reserve(skus: string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const sku of skus) {
      const { id } = await Promise.race([inventory.reserve(sku), rejectOnAbort(this.shutdown)]);
      ids.push(id);
    }
    return ids;
  }
}`,
      errors: [
        {
          messageId: 'leakedListeners',
          line: 12,
          column: 66,
          endLine: 12,
          endColumn: 94,
          suggestions: [],
        },
      ],
    },
  ],
});

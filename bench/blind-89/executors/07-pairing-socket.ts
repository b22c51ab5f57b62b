// expect: none
// Correct: one long-lived 'message' listener settles many deferreds, but each is removed from the pending map before it is settled, and close rejects whatever is left exactly once.
import { EventEmitter } from 'node:events';

export interface Pairing {
  board: number;
  white: string;
  black: string;
}

type Reply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string };

interface Pending {
  resolve: (value: unknown) => void;
  reject: (reason: Error) => void;
  timer: NodeJS.Timeout;
}

export interface SocketLike extends EventEmitter {
  send(data: string): void;
  close(): void;
}

export class PairingClient {
  #nextId = 1;
  #pending = new Map<number, Pending>();

  constructor(private readonly socket: SocketLike, private readonly timeoutMs = 10_000) {
    socket.on('message', (raw: string) => this.#onMessage(raw));
    socket.once('close', () => this.#failAll(new Error('pairing server connection closed')));
    socket.on('error', (err: Error) => this.#failAll(err));
  }

  request<T>(method: string, params: Record<string, unknown>): Promise<T> {
    const id = this.#nextId++;
    const { promise, resolve, reject } = Promise.withResolvers<unknown>();
    const timer = setTimeout(() => {
      if (this.#pending.delete(id)) reject(new Error(`${method} timed out`));
    }, this.timeoutMs);
    this.#pending.set(id, { resolve, reject, timer });
    this.socket.send(JSON.stringify({ id, method, params }));
    return promise as Promise<T>;
  }

  pairRound(tournamentId: string, round: number): Promise<Pairing[]> {
    return this.request<Pairing[]>('pairings.generate', { tournamentId, round, system: 'swiss-dutch' });
  }

  reportResult(tournamentId: string, board: number, result: '1-0' | '0-1' | '1/2-1/2'): Promise<void> {
    return this.request<void>('results.report', { tournamentId, board, result });
  }

  #onMessage(raw: string) {
    let reply: Reply;
    try {
      reply = JSON.parse(raw) as Reply;
    } catch {
      return; // server heartbeats are not JSON
    }
    const entry = this.#pending.get(reply.id);
    if (!entry) return;
    this.#pending.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.ok) entry.resolve(reply.result);
    else entry.reject(new Error(reply.error));
  }

  #failAll(err: Error) {
    const entries = [...this.#pending.values()];
    this.#pending.clear();
    for (const entry of entries) {
      clearTimeout(entry.timer);
      entry.reject(err);
    }
  }
}

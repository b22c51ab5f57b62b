// expect: no-multiple-settle
// The executor is async and awaits fetchSessionTicket outside any try: when the ticket call rejects (expired login, timeout) the rejection escapes the executor, so connect() never settles and the caller hangs while an unhandled rejection is raised.
import { EventEmitter } from 'node:events';

export interface CollabMessage {
  type: 'op' | 'presence' | 'ack';
  docId: string;
  seq: number;
  payload: unknown;
}

declare function fetchSessionTicket(docId: string, opts: { signal?: AbortSignal }): Promise<{ ticket: string; region: string }>;
declare const telemetry: { count(name: string, tags?: Record<string, string>): void };

export class CollabChannel extends EventEmitter {
  private socket: WebSocket | null = null;

  constructor(
    private readonly docId: string,
    private readonly endpointTemplate: string, // e.g. wss://{region}.collab.example.com
  ) {
    super();
  }

  connect(timeoutMs = 10_000): Promise<void> {
    return new Promise<void>(async (resolve, reject) => {
      const { ticket, region } = await fetchSessionTicket(this.docId, {
        signal: AbortSignal.timeout(timeoutMs),
      });
      const url = new URL(`/docs/${encodeURIComponent(this.docId)}`, this.endpointTemplate.replace('{region}', region));
      url.searchParams.set('ticket', ticket);

      const ws = new WebSocket(url);
      const timer = setTimeout(() => {
        ws.close();
        reject(new Error(`collab: no handshake from ${region} after ${timeoutMs}ms`));
      }, timeoutMs);

      ws.addEventListener(
        'open',
        () => {
          clearTimeout(timer);
          this.socket = ws;
          telemetry.count('collab.connected', { region });
          resolve();
        },
        { once: true },
      );

      ws.addEventListener(
        'error',
        () => {
          clearTimeout(timer);
          reject(new Error(`collab: websocket to ${region} failed`));
        },
        { once: true },
      );

      ws.addEventListener('message', (ev: MessageEvent<string>) => {
        try {
          this.emit('message', JSON.parse(ev.data) as CollabMessage);
        } catch (err) {
          telemetry.count('collab.bad_frame');
        }
      });

      ws.addEventListener('close', (ev) => {
        if (this.socket === ws) {
          this.socket = null;
          this.emit('disconnected', ev.code, ev.reason);
        }
      });
    });
  }

  send(msg: CollabMessage): boolean {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(msg));
    return true;
  }
}

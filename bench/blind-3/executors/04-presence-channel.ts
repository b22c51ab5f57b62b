// expect: no-multiple-settle
// The handshake timeout is never cleared: after the socket opens and the promise resolves, the timer still fires and closes the live connection with code 4000, so every presence session drops after 10 seconds.
const PRESENCE_URL = 'wss://presence.example.app/v2';
const HANDSHAKE_TIMEOUT_MS = 10_000;

export interface PresenceUpdate {
  userId: string;
  cursor: { line: number; column: number } | null;
  color: string;
}

declare const session: {
  getToken(): Promise<string>;
  userId: string;
};

function connectPresence(docId: string, token: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${PRESENCE_URL}/docs/${encodeURIComponent(docId)}?token=${encodeURIComponent(token)}`);
    setTimeout(() => {
      ws.close(4000, 'handshake timeout');
      reject(new Error(`presence: no handshake for ${docId} within ${HANDSHAKE_TIMEOUT_MS}ms`));
    }, HANDSHAKE_TIMEOUT_MS);
    ws.addEventListener('open', () => resolve(ws), { once: true });
    ws.addEventListener('error', () => reject(new Error(`presence: cannot reach ${PRESENCE_URL}`)), { once: true });
  });
}

export class PresenceChannel {
  private socket: WebSocket | null = null;
  private readonly peers = new Map<string, PresenceUpdate>();

  constructor(
    private readonly docId: string,
    private readonly onChange: (peers: PresenceUpdate[]) => void,
  ) {}

  async join(): Promise<void> {
    const token = await session.getToken();
    const ws = await connectPresence(this.docId, token);
    ws.addEventListener('message', (ev: MessageEvent<string>) => {
      const update = JSON.parse(ev.data) as PresenceUpdate;
      if (update.userId === session.userId) return;
      this.peers.set(update.userId, update);
      this.onChange([...this.peers.values()]);
    });
    ws.addEventListener('close', () => {
      this.socket = null;
      this.peers.clear();
      this.onChange([]);
    });
    this.socket = ws;
  }

  publishCursor(line: number, column: number, color: string): void {
    if (this.socket?.readyState !== WebSocket.OPEN) return;
    this.socket.send(JSON.stringify({ userId: session.userId, cursor: { line, column }, color }));
  }

  leave(): void {
    this.socket?.close(1000, 'left document');
  }
}

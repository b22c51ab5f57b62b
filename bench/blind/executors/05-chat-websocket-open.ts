// expect: no-multiple-settle
// connect() resolves on the socket's 'open' event but nothing listens for 'error' or 'close', so a refused or dropped handshake leaves the promise pending forever.
export interface ChatMessage {
  room: string;
  author: string;
  text: string;
  sentAt: number;
}

type Listener = (msg: ChatMessage) => void;

export class ChatClient {
  private socket: WebSocket | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly url: string) {}

  connect(): Promise<void> {
    return new Promise<void>((resolve) => {
      const ws = new WebSocket(this.url);
      ws.addEventListener('open', () => {
        this.socket = ws;
        resolve();
      });
      ws.addEventListener('message', (event: MessageEvent<string>) => {
        const msg = JSON.parse(event.data) as ChatMessage;
        for (const listener of this.listeners) listener(msg);
      });
    });
  }

  onMessage(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  send(room: string, text: string): void {
    if (!this.socket) throw new Error('not connected');
    this.socket.send(JSON.stringify({ room, text }));
  }
}

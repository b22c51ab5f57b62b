// expect: no-read-before-settle
// connect() starts the token request and builds the socket URL in the same tick, before the .then callback stores the token, so the first connection goes out with an empty token and is closed by the server.
interface RealtimeToken {
  accessToken: string;
  expiresIn: number;
}

interface ServerEvent {
  channel: string;
  payload: unknown;
}

declare const authApi: { issueRealtimeToken(scopes: string[]): Promise<RealtimeToken> };

type Listener = (payload: unknown) => void;

export class RealtimeClient {
  private socket: WebSocket | null = null;
  private accessToken = '';
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private retries = 0;
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(
    private readonly baseUrl: string,
    private readonly scopes: string[],
  ) {}

  connect(): void {
    authApi.issueRealtimeToken(this.scopes).then(
      ({ accessToken, expiresIn }) => {
        this.accessToken = accessToken;
        clearTimeout(this.refreshTimer);
        this.refreshTimer = setTimeout(() => this.reconnect(), Math.max(5, expiresIn - 60) * 1000);
      },
      (err: unknown) => console.error('[realtime] could not obtain token', err),
    );
    const url = new URL('/v1/socket', this.baseUrl);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('token', this.accessToken);
    const ws = new WebSocket(url);
    ws.addEventListener('open', () => {
      this.retries = 0;
      for (const channel of this.listeners.keys()) ws.send(JSON.stringify({ op: 'subscribe', channel }));
    });
    ws.addEventListener('message', (ev: MessageEvent<string>) => {
      const event = JSON.parse(ev.data) as ServerEvent;
      this.listeners.get(event.channel)?.forEach((fn) => fn(event.payload));
    });
    ws.addEventListener('close', (ev) => {
      if (this.socket !== ws || ev.code === 1000) return;
      setTimeout(() => this.connect(), Math.min(30_000, 500 * 2 ** this.retries++));
    });
    this.socket = ws;
  }

  private reconnect(): void {
    const old = this.socket;
    this.socket = null;
    old?.close(1000, 'token refresh');
    this.connect();
  }

  subscribe(channel: string, fn: Listener): () => void {
    let set = this.listeners.get(channel);
    if (!set) this.listeners.set(channel, (set = new Set()));
    set.add(fn);
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify({ op: 'subscribe', channel }));
    return () => set.delete(fn);
  }
}

// expect: none
// Async arrow-property methods (connect, sendSubscribe) are passed as callbacks to setTimeout and Array.map, which call them; the open promise is shared by all ready() callers on purpose.
type FeedMessage =
  | { type: 'quote'; symbol: string; bid: number; ask: number; ts: number }
  | { type: 'subscribed'; channel: string }
  | { type: 'error'; message: string };

type QuoteListener = (msg: Extract<FeedMessage, { type: 'quote' }>) => void;

export class LiveFeedSocket {
  private socket: WebSocket | null = null;
  private opened: Promise<void>;
  private resolveOpen!: () => void;
  private retries = 0;
  private isOpen = false;
  private closedByUser = false;
  private readonly channels = new Set<string>();
  private readonly listeners = new Set<QuoteListener>();

  constructor(
    private readonly url: string,
    private readonly getAuthToken: () => Promise<string>,
  ) {
    this.opened = this.newOpenPromise();
  }

  private newOpenPromise(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.resolveOpen = resolve;
    });
  }

  ready(): Promise<void> {
    return this.opened;
  }

  connect = async (): Promise<void> => {
    this.closedByUser = false;
    try {
      const token = await this.getAuthToken();
      const ws = new WebSocket(`${this.url}?token=${encodeURIComponent(token)}`);
      ws.addEventListener('open', this.onOpen);
      ws.addEventListener('message', this.onMessage);
      ws.addEventListener('close', this.onClose);
      this.socket = ws;
    } catch (err) {
      console.warn('[feed] connect failed', err);
      this.onClose();
    }
  };

  private onOpen = (): void => {
    this.retries = 0;
    Promise.all([...this.channels].map(this.sendSubscribe)).then(
      () => {
        this.isOpen = true;
        this.resolveOpen();
      },
      (err) => console.warn('[feed] resubscribe failed', err),
    );
  };

  private onMessage = (event: MessageEvent<string>): void => {
    const msg = JSON.parse(event.data) as FeedMessage;
    if (msg.type === 'quote') {
      this.listeners.forEach((listener) => listener(msg));
    } else if (msg.type === 'error') {
      console.warn('[feed]', msg.message);
    }
  };

  private onClose = (): void => {
    this.socket = null;
    if (this.closedByUser) return;
    if (this.isOpen) {
      // callers of ready() should wait for the next successful connection
      this.isOpen = false;
      this.opened = this.newOpenPromise();
    }
    const delay = Math.min(30_000, 500 * 2 ** this.retries++);
    setTimeout(this.connect, delay);
  };

  private sendSubscribe = async (channel: string): Promise<void> => {
    this.socket?.send(JSON.stringify({ op: 'subscribe', channel }));
  };

  async subscribe(channel: string, listener: QuoteListener): Promise<() => void> {
    this.channels.add(channel);
    this.listeners.add(listener);
    await this.ready();
    await this.sendSubscribe(channel);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.closedByUser = true;
    this.socket?.close(1000, 'client closing');
  }
}

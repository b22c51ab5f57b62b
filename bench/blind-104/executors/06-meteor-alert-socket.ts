// expect: none
// The connect waiter listens for open, error and close and one shared cleanup clears the handshake timer and all three listeners, so it settles exactly once whichever event or the timeout comes first.
export interface MeteorAlert {
  shower: string;
  zhr: number;
  radiantAltDeg: number;
  issuedAt: string;
}

export interface AlertFeedOptions {
  url: string;
  connectTimeoutMs: number;
  protocols?: string[];
}

export function openAlertSocket(opts: AlertFeedOptions): Promise<WebSocket> {
  return new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(opts.url, opts.protocols);

    const timer = setTimeout(() => {
      cleanup();
      ws.close(4000, 'handshake timeout');
      reject(new Error(`alert feed did not open within ${opts.connectTimeoutMs}ms`));
    }, opts.connectTimeoutMs);

    const onOpen = () => {
      cleanup();
      resolve(ws);
    };
    const onError = () => {
      cleanup();
      reject(new Error(`alert feed ${opts.url} failed during handshake`));
    };
    const onClose = (ev: CloseEvent) => {
      cleanup();
      reject(new Error(`alert feed closed during handshake (code ${ev.code})`));
    };

    function cleanup() {
      clearTimeout(timer);
      ws.removeEventListener('open', onOpen);
      ws.removeEventListener('error', onError);
      ws.removeEventListener('close', onClose);
    }

    ws.addEventListener('open', onOpen);
    ws.addEventListener('error', onError);
    ws.addEventListener('close', onClose);
  });
}

function isAlert(value: unknown): value is MeteorAlert {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.shower === 'string' && typeof v.zhr === 'number' && typeof v.radiantAltDeg === 'number';
}

export class AlertBanner {
  private socket: WebSocket | null = null;

  constructor(private readonly root: HTMLElement, private readonly minZhr: number) {}

  async connect(opts: AlertFeedOptions): Promise<void> {
    this.socket?.close();
    const ws = await openAlertSocket(opts);
    ws.addEventListener('message', (ev: MessageEvent<string>) => this.onMessage(ev.data));
    ws.addEventListener('close', () => this.root.classList.add('alerts-offline'));
    this.root.classList.remove('alerts-offline');
    this.socket = ws;
  }

  disconnect(): void {
    this.socket?.close(1000, 'user closed banner');
    this.socket = null;
  }

  private onMessage(raw: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return;
    }
    if (!isAlert(parsed) || parsed.zhr < this.minZhr || parsed.radiantAltDeg <= 0) return;
    const item = document.createElement('li');
    item.textContent = `${parsed.shower}: ~${parsed.zhr}/h, radiant ${parsed.radiantAltDeg.toFixed(0)}° up`;
    this.root.prepend(item);
  }
}

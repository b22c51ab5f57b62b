// expect: none
// lastQuote is written by the WebSocket message handler and read only in the later animation-frame/interval callbacks, which check for undefined before rendering.
interface Quote {
  symbol: string;
  price: number;
  change: number;
  ts: number;
}

export interface TickerOptions {
  url: string;
  symbol: string;
  refreshMs?: number;
  signal?: AbortSignal;
}

export function mountTicker(el: HTMLElement, opts: TickerOptions): () => void {
  let lastQuote: Quote | undefined;
  let rendered = 0;
  const socket = new WebSocket(opts.url);

  socket.addEventListener('open', () => {
    socket.send(JSON.stringify({ op: 'subscribe', symbol: opts.symbol }));
  });

  socket.addEventListener('message', (ev: MessageEvent<string>) => {
    try {
      const msg = JSON.parse(ev.data) as Partial<Quote>;
      if (msg.symbol === opts.symbol && typeof msg.price === 'number') {
        lastQuote = { symbol: msg.symbol, price: msg.price, change: msg.change ?? 0, ts: msg.ts ?? Date.now() };
      }
    } catch {
      console.warn('ticker: ignoring malformed frame');
    }
  });

  el.textContent = `${opts.symbol} …`;

  const timer = setInterval(() => {
    const quote = lastQuote;
    if (!quote || quote.ts === rendered) return;
    rendered = quote.ts;
    requestAnimationFrame(() => {
      const arrow = quote.change >= 0 ? '▲' : '▼';
      el.textContent = `${quote.symbol} ${quote.price.toFixed(2)} ${arrow} ${Math.abs(quote.change).toFixed(2)}`;
      el.classList.toggle('down', quote.change < 0);
    });
  }, opts.refreshMs ?? 500);

  const stop = (): void => {
    clearInterval(timer);
    socket.close(1000, 'widget unmounted');
  };
  if (opts.signal?.aborted) stop();
  else opts.signal?.addEventListener('abort', stop, { once: true });
  return stop;
}

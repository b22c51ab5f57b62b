// expect: none
// Each widget promise gets a no-op rejection handler the moment it is created, so a widget failing while an earlier one is still being awaited is already handled; the ordered loop still sees the failure through await and renders a fallback tile.
import type { ServerResponse } from 'node:http';

export interface RequestContext {
  tenantId: string;
  userId: string;
  locale: string;
  signal: AbortSignal;
}

export interface Widget<T = unknown> {
  id: string;
  title: string;
  load(ctx: RequestContext): Promise<T>;
  render(data: T, locale: string): string;
}

declare const log: { warn(msg: string, meta?: object): void };

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function fallbackTile(widget: Widget): string {
  return `<section class="tile tile--error" data-widget="${widget.id}"><h2>${escapeHtml(widget.title)}</h2><p>Temporarily unavailable.</p></section>`;
}

/** Streams the dashboard tile by tile in layout order while all widgets load in parallel. */
export async function streamDashboard(res: ServerResponse, widgets: Widget[], ctx: RequestContext): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.write(`<!doctype html><html lang="${ctx.locale}"><body><main class="dashboard">`);

  const pending = widgets.map((widget) => {
    const p = widget.load(ctx);
    p.catch(() => {});
    return p;
  });

  for (const [i, p] of pending.entries()) {
    const widget = widgets[i];
    try {
      const data = await p;
      res.write(`<section class="tile" data-widget="${widget.id}">${widget.render(data, ctx.locale)}</section>`);
    } catch (err) {
      if (ctx.signal.aborted) break;
      log.warn('widget failed to load', { widget: widget.id, tenant: ctx.tenantId, err: String(err) });
      res.write(fallbackTile(widget));
    }
  }
  res.end('</main></body></html>');
}

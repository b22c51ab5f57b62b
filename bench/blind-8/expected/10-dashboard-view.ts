// expect: no-uncalled-async-function
// The view model's `unread` field is the unreadBadge async function itself rather than its awaited result, so render() stringifies the function and the badge shows its source text instead of the count.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

interface User {
  id: string;
  displayName: string;
  plan: 'free' | 'pro';
}

declare const sessions: { resolve(cookie: string | undefined): Promise<User | null> };
declare const inbox: { countUnread(userId: string): Promise<number> };
declare const billing: { nextInvoiceDate(userId: string): Promise<Date | null> };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function render(template: string, view: Record<string, unknown>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => escapeHtml(String(view[key] ?? '')));
}

let templateCache: string | undefined;
async function dashboardTemplate(): Promise<string> {
  templateCache ??= await readFile(join(process.cwd(), 'views', 'dashboard.html'), 'utf8');
  return templateCache;
}

async function handleDashboard(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const user = await sessions.resolve(req.headers.cookie);
  if (!user) {
    res.writeHead(302, { location: '/login?next=%2Fdashboard' }).end();
    return;
  }

  const unreadBadge = async (): Promise<string> => {
    const n = await inbox.countUnread(user.id);
    return n > 99 ? '99+' : String(n);
  };

  const [template, nextInvoice] = await Promise.all([dashboardTemplate(), billing.nextInvoiceDate(user.id)]);
  const html = render(template, {
    name: user.displayName,
    plan: user.plan === 'pro' ? 'Pro' : 'Free',
    nextInvoice: nextInvoice ? nextInvoice.toLocaleDateString('en-GB') : 'n/a',
    unread: unreadBadge,
  });
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' }).end(html);
}

export function startDashboard(port: number) {
  const server = createServer((req, res) => {
    handleDashboard(req, res).catch((err) => {
      console.error(`[dashboard] ${req.url} failed`, err);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('Something went wrong');
      else res.destroy(err as Error);
    });
  });
  return server.listen(port);
}

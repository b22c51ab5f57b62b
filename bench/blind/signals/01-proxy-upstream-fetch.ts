// expect: require-signal-propagation
// The handler receives req.signal but calls the upstream fetch without it, so the upstream request keeps running after the client disconnects.

interface IncomingReq {
  url: string;
  headers: Record<string, string>;
  signal: AbortSignal;
}

interface Reply {
  status(code: number): Reply;
  json(body: unknown): void;
}

declare const UPSTREAM_BASE: string;

function buildUpstreamUrl(path: string): string {
  const u = new URL(path, UPSTREAM_BASE);
  u.searchParams.set("via", "edge-proxy");
  return u.toString();
}

export async function proxyInventory(req: IncomingReq, reply: Reply): Promise<void> {
  if (req.signal.aborted) {
    return;
  }
  const target = buildUpstreamUrl(new URL(req.url, "http://local").pathname);
  const upstream = await fetch(target, {
    headers: { authorization: req.headers["authorization"] ?? "" },
  });
  if (!upstream.ok) {
    reply.status(502).json({ error: `upstream answered ${upstream.status}` });
    return;
  }
  const payload: unknown = await upstream.json();
  reply.status(200).json(payload);
}

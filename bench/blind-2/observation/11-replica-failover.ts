// expect: none
// Every probe (primary and replicas) gets its own .catch() that turns failure into a value and all are combined in one Promise.all before anything else is awaited, so no probe is ever without a handler.
interface ProbeResult {
  host: string;
  ok: boolean;
  lagSeconds: number;
  readOnly: boolean;
}
declare const pg: { probe(host: string, opts: { timeoutMs: number }): Promise<Omit<ProbeResult, 'host' | 'ok'>> };
declare const dns: { pointWriterTo(host: string): Promise<void> };

function probeHost(host: string): Promise<ProbeResult> {
  return pg.probe(host, { timeoutMs: 2_000 }).then((r) => ({ host, ok: true, ...r }));
}

export interface FailoverDecision {
  action: 'none' | 'promote' | 'page';
  target?: string;
  reason: string;
}

export async function checkCluster(primaryHost: string, replicaHosts: string[], maxLag = 10): Promise<FailoverDecision> {
  const [primary, replicas] = await Promise.all([
    probeHost(primaryHost).catch((err: Error) => ({ host: primaryHost, ok: false, lagSeconds: Infinity, readOnly: true, err })),
    Promise.all(
      replicaHosts.map((h) =>
        probeHost(h).catch((): ProbeResult => ({ host: h, ok: false, lagSeconds: Infinity, readOnly: true })),
      ),
    ),
  ]);

  if (primary.ok && !primary.readOnly) {
    return { action: 'none', reason: `primary ${primaryHost} healthy` };
  }

  const candidates = replicas.filter((r) => r.ok && r.lagSeconds <= maxLag).sort((a, b) => a.lagSeconds - b.lagSeconds);
  if (candidates.length === 0) {
    return { action: 'page', reason: `primary ${primaryHost} down and no replica within ${maxLag}s lag` };
  }

  const target = candidates[0];
  await dns.pointWriterTo(target.host);
  console.warn(`[failover] writer moved from ${primaryHost} to ${target.host} (lag ${target.lagSeconds}s)`);
  return { action: 'promote', target: target.host, reason: 'primary unreachable or read-only' };
}

// expect: none
// Each lookup uses its own Resolver and settles exactly once: the answer clears the timer, and a timeout cancels only that resolver, whose late ECANCELLED callback is ignored by the settled flag.
import { Resolver } from 'node:dns';

export interface DnsTarget {
  host: string;
  expect?: string[];
  timeoutMs?: number;
}

export interface DnsStatus {
  host: string;
  ok: boolean;
  addresses: string[];
  elapsedMs: number;
  reason?: string;
}

function resolve4WithTimeout(host: string, servers: string[], ms: number): Promise<string[]> {
  const resolver = new Resolver({ tries: 2 });
  if (servers.length > 0) resolver.setServers(servers);

  return new Promise<string[]>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      resolver.cancel();
      reject(new Error(`resolve4(${host}) timed out after ${ms}ms`));
    }, ms);

    resolver.resolve4(host, (err, addresses) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) {
        reject(err);
        return;
      }
      resolve(addresses);
    });
  });
}

export async function probeDns(targets: DnsTarget[], servers: string[] = []): Promise<DnsStatus[]> {
  return Promise.all(
    targets.map(async (target): Promise<DnsStatus> => {
      const started = performance.now();
      try {
        const addresses = await resolve4WithTimeout(target.host, servers, target.timeoutMs ?? 3000);
        const missing = (target.expect ?? []).filter((ip) => !addresses.includes(ip));
        return {
          host: target.host,
          ok: missing.length === 0,
          addresses,
          elapsedMs: Math.round(performance.now() - started),
          reason: missing.length ? `missing ${missing.join(', ')}` : undefined,
        };
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        console.warn(`[dns-probe] ${target.host}: ${code ?? (err as Error).message}`);
        return {
          host: target.host,
          ok: false,
          addresses: [],
          elapsedMs: Math.round(performance.now() - started),
          reason: code ?? (err as Error).message,
        };
      }
    }),
  );
}

// expect: none
// The renewal pool creates its worker promises and passes them straight to Promise.all, each worker awaits its own renewals, and main() has a .catch, so no promise is dropped or left without a handler.
import { createReadStream } from 'node:fs';
import readline from 'node:readline';

interface PermitRow {
  permitNo: string;
  river: string;
  holder: string;
  expires: string;
}

interface RenewalApi {
  renew(permitNo: string, seasons: number): Promise<{ permitNo: string; expires: string }>;
}

async function readPermits(path: string): Promise<PermitRow[]> {
  const rows: PermitRow[] = [];
  const rl = readline.createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of rl) {
    const [permitNo, river, holder, expires] = line.split(',').map((c) => c.trim());
    if (!permitNo || permitNo === 'permit_no' || !river || !holder || !expires) continue;
    rows.push({ permitNo, river, holder, expires });
  }
  return rows;
}

async function runPool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  });
  await Promise.all(workers);
}

function httpRenewalApi(baseUrl: string, token: string): RenewalApi {
  return {
    async renew(permitNo, seasons) {
      const res = await fetch(`${baseUrl}/permits/${encodeURIComponent(permitNo)}/renew`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ seasons }),
      });
      if (!res.ok) throw new Error(`renew ${permitNo}: HTTP ${res.status}`);
      return (await res.json()) as { permitNo: string; expires: string };
    },
  };
}

async function main(): Promise<void> {
  const [csvPath, cutoff = new Date().toISOString().slice(0, 10)] = process.argv.slice(2);
  if (!csvPath) throw new Error('usage: renew-permits <permits.csv> [expiring-before]');
  const api = httpRenewalApi(process.env.PERMIT_API ?? 'http://localhost:8080', process.env.PERMIT_TOKEN ?? '');

  const due = (await readPermits(csvPath)).filter((p) => p.expires < cutoff);
  const failures: string[] = [];
  await runPool(due, 4, async (permit) => {
    try {
      const renewed = await api.renew(permit.permitNo, 1);
      console.log(`${renewed.permitNo} (${permit.river}, ${permit.holder}) now expires ${renewed.expires}`);
    } catch (err) {
      failures.push(`${permit.permitNo}: ${err instanceof Error ? err.message : String(err)}`);
    }
  });

  if (failures.length > 0) {
    console.error(`${failures.length} renewals failed:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});

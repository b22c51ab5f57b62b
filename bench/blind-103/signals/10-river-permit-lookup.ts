// expect: no-leaked-race
// lookupPermit races the request against a timeout() promise whose setTimeout is never cleared, so when the request wins the timer stays armed and the CLI sits idle for the full timeout after printing the last permit.
interface PermitStatus {
  permitNo: string;
  river: string;
  launchDate: string;
  status: 'active' | 'waitlisted' | 'cancelled';
  partySize: number;
}

function timeout(ms: number, what: string): Promise<never> {
  return new Promise<never>((_resolve, reject) => {
    setTimeout(() => reject(new Error(`${what} timed out after ${ms}ms`)), ms);
  });
}

async function lookupPermit(baseUrl: string, permitNo: string, timeoutMs: number): Promise<PermitStatus> {
  const ac = new AbortController();
  const request = fetch(`${baseUrl}/permits/${encodeURIComponent(permitNo)}`, {
    headers: { accept: 'application/json' },
    signal: ac.signal,
  }).then(async (res) => {
    if (res.status === 404) throw new Error(`no permit ${permitNo}`);
    if (!res.ok) throw new Error(`permit ${permitNo}: HTTP ${res.status}`);
    return (await res.json()) as PermitStatus;
  });

  try {
    return await Promise.race([request, timeout(timeoutMs, `permit ${permitNo}`)]);
  } catch (err) {
    ac.abort();
    throw err;
  }
}

function describePermit(p: PermitStatus): string {
  const flag = p.status === 'active' ? '✔' : p.status === 'waitlisted' ? '…' : '✘';
  return `${flag} ${p.permitNo}  ${p.river.padEnd(18)} ${p.launchDate}  party of ${p.partySize}  ${p.status}`;
}

async function main(): Promise<void> {
  const permitNos = process.argv.slice(2);
  if (permitNos.length === 0) {
    console.error('usage: permit-status <permit-no> [...]');
    process.exitCode = 2;
    return;
  }
  const baseUrl = process.env.PERMIT_API ?? 'https://permits.example.org/api';
  const timeoutMs = Number(process.env.PERMIT_TIMEOUT_MS ?? 30_000);

  let failed = 0;
  for (const permitNo of permitNos) {
    try {
      console.log(describePermit(await lookupPermit(baseUrl, permitNo, timeoutMs)));
    } catch (err) {
      failed += 1;
      console.error(`✘ ${permitNo}  ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (failed > 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});

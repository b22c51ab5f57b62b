// expect: none
// The zone plans are collected into an array and immediately passed to Promise.all, the confirmation loop awaits each dispatch as it is created, and main() ends in .catch, so no stored promise ever waits unobserved.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { stdin, stdout } from 'node:process';

interface ZonePlan {
  zone: string;
  trucks: number;
  etaMinutes: number;
}

interface RoutingService {
  plan(zone: string, inchesSnow: number): Promise<ZonePlan>;
  dispatch(plan: ZonePlan): Promise<string>;
}

class HttpRoutingService implements RoutingService {
  constructor(private readonly baseUrl: string) {}

  async plan(zone: string, inchesSnow: number): Promise<ZonePlan> {
    const res = await fetch(`${this.baseUrl}/zones/${zone}/plan?snow=${inchesSnow}`);
    if (!res.ok) throw new Error(`plan for ${zone} failed: HTTP ${res.status}`);
    return (await res.json()) as ZonePlan;
  }

  async dispatch(plan: ZonePlan): Promise<string> {
    const res = await fetch(`${this.baseUrl}/dispatch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(plan),
    });
    if (!res.ok) throw new Error(`dispatch for ${plan.zone} failed: HTTP ${res.status}`);
    return ((await res.json()) as { ticket: string }).ticket;
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { snow: { type: 'string', default: '4' }, api: { type: 'string', default: 'http://localhost:8080' } },
    allowPositionals: true,
  });
  const zones = positionals.length ? positionals : ['north', 'downtown', 'riverside'];
  const routing = new HttpRoutingService(values.api);

  const planRequests = zones.map((zone) => routing.plan(zone, Number(values.snow)));
  const plans = await Promise.all(planRequests);

  for (const p of plans) {
    stdout.write(`${p.zone.padEnd(12)} ${String(p.trucks).padStart(2)} trucks  ETA ${p.etaMinutes} min\n`);
  }

  const rl = createInterface({ input: stdin, output: stdout });
  try {
    for (const plan of plans) {
      const answer = await rl.question(`Dispatch ${plan.zone}? [y/N] `);
      if (answer.trim().toLowerCase() !== 'y') continue;
      const ticket = await routing.dispatch(plan);
      stdout.write(`  dispatched ${plan.zone}: ticket ${ticket}\n`);
    }
  } finally {
    rl.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});

// expect: no-floating-promises
// The async callback given to forEach returns promises nobody awaits, so sweepExpired reports its count before any permit is archived and a failed archive or email becomes an unhandled rejection that crashes the nightly job.
import { fileURLToPath } from 'node:url';
import { argv } from 'node:process';

export interface Permit {
  id: string;
  park: string;
  holderEmail: string;
  expiresAt: string;
  status: 'active' | 'expired' | 'revoked';
}

export interface PermitStore {
  listActive(): Promise<Permit[]>;
  markExpired(id: string): Promise<void>;
}

export interface Mailer {
  send(to: string, subject: string, body: string): Promise<void>;
}

function renewalNotice(p: Permit): string {
  return [
    `Your skate park permit ${p.id} for ${p.park} expired on ${p.expiresAt.slice(0, 10)}.`,
    'Renew online before your next session; rangers check permits at the bowl entrance.',
  ].join('\n\n');
}

export async function sweepExpired(store: PermitStore, mailer: Mailer, now = new Date()): Promise<number> {
  const active = await store.listActive();
  const expired = active.filter((p) => new Date(p.expiresAt).getTime() <= now.getTime());

  expired.forEach(async (permit) => {
    await store.markExpired(permit.id);
    await mailer.send(permit.holderEmail, `Permit ${permit.id} has expired`, renewalNotice(permit));
  });

  return expired.length;
}

class ConsoleMailer implements Mailer {
  async send(to: string, subject: string, body: string): Promise<void> {
    console.log(`--> ${to}: ${subject}\n${body}\n`);
  }
}

class MemoryStore implements PermitStore {
  constructor(private readonly permits: Permit[]) {}
  async listActive(): Promise<Permit[]> {
    return this.permits.filter((p) => p.status === 'active');
  }
  async markExpired(id: string): Promise<void> {
    const p = this.permits.find((x) => x.id === id);
    if (!p) throw new Error(`unknown permit ${id}`);
    p.status = 'expired';
  }
}

async function main(): Promise<void> {
  const store = new MemoryStore([
    { id: 'SK-1001', park: 'Riverside Bowl', holderEmail: 'a@example.org', expiresAt: '2024-05-01T00:00:00Z', status: 'active' },
    { id: 'SK-1002', park: 'Dockside Plaza', holderEmail: 'b@example.org', expiresAt: '2099-01-01T00:00:00Z', status: 'active' },
  ]);
  const n = await sweepExpired(store, new ConsoleMailer());
  console.log(`expired ${n} permit(s)`);
}

if (argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}

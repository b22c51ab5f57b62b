// expect: no-uncalled-async-function
// Without --dry-run the ternary yields pushChanges itself instead of calling it, so awaiting it just returns the function: no DNS record is ever written, ctx.output gets a function instead of a result, and the command exits 0.
export interface DnsRecord {
  type: 'A' | 'AAAA' | 'CNAME' | 'TXT' | 'MX';
  name: string;
  content: string;
  ttl: number;
}

type Change = { op: 'create' | 'update' | 'delete'; record: DnsRecord; id?: string };

interface CommandContext {
  flags: { zone: string; file: string; dryRun: boolean };
  output(data: unknown): void;
  warn(message: string): void;
}

declare const dns: {
  zoneId(name: string): Promise<string>;
  listRecords(zoneId: string): Promise<Array<DnsRecord & { id: string }>>;
  batch(zoneId: string, changes: Change[], opts?: { signal?: AbortSignal }): Promise<{ applied: number }>;
};
declare function readDesiredRecords(file: string): Promise<DnsRecord[]>;

const keyOf = (r: DnsRecord) => `${r.type} ${r.name.toLowerCase()}`;

function diff(current: Array<DnsRecord & { id: string }>, desired: DnsRecord[]): Change[] {
  const existing = new Map(current.map((r) => [keyOf(r), r]));
  const changes: Change[] = [];
  for (const record of desired) {
    const have = existing.get(keyOf(record));
    existing.delete(keyOf(record));
    if (!have) changes.push({ op: 'create', record });
    else if (have.content !== record.content || have.ttl !== record.ttl) changes.push({ op: 'update', record, id: have.id });
  }
  for (const stale of existing.values()) changes.push({ op: 'delete', record: stale, id: stale.id });
  return changes;
}

export async function syncZone(ctx: CommandContext): Promise<void> {
  const { zone, file, dryRun } = ctx.flags;
  const zoneId = await dns.zoneId(zone);
  const [current, desired] = await Promise.all([dns.listRecords(zoneId), readDesiredRecords(file)]);
  const changes = diff(current, desired);
  if (changes.some((c) => c.op === 'delete' && c.record.type === 'MX')) {
    ctx.warn(`sync will delete MX records in ${zone}; mail delivery may break`);
  }

  const pushChanges = async () => {
    let applied = 0;
    for (let i = 0; i < changes.length; i += 100) {
      applied += (await dns.batch(zoneId, changes.slice(i, i + 100))).applied;
    }
    return { zone, dryRun: false, applied, changes };
  };

  const outcome = await (dryRun ? Promise.resolve({ zone, dryRun: true, applied: 0, changes }) : pushChanges);
  ctx.output(outcome);
}

// expect: none
// The ternary selects one of two async functions and the selected function is then called with the zone and records, so dry runs only plan and real runs apply.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

interface DnsRecord {
  type: 'A' | 'AAAA' | 'CNAME' | 'TXT' | 'MX';
  name: string;
  content: string;
  ttl: number;
}

interface SyncSummary {
  created: number;
  updated: number;
  deleted: number;
}

declare const dnsApi: {
  listRecords(zoneId: string): Promise<Array<DnsRecord & { id: string }>>;
  createRecord(zoneId: string, record: DnsRecord): Promise<{ id: string }>;
  updateRecord(zoneId: string, id: string, record: DnsRecord): Promise<void>;
  deleteRecord(zoneId: string, id: string): Promise<void>;
};

const keyOf = (r: DnsRecord) => `${r.type}:${r.name}`;

async function planDnsChanges(zoneId: string, desired: DnsRecord[]): Promise<SyncSummary> {
  const current = new Map((await dnsApi.listRecords(zoneId)).map((r) => [keyOf(r), r]));
  const summary: SyncSummary = { created: 0, updated: 0, deleted: 0 };
  for (const record of desired) {
    const existing = current.get(keyOf(record));
    if (!existing) summary.created++;
    else if (existing.content !== record.content || existing.ttl !== record.ttl) summary.updated++;
    current.delete(keyOf(record));
  }
  summary.deleted = current.size;
  return summary;
}

async function applyDnsChanges(zoneId: string, desired: DnsRecord[]): Promise<SyncSummary> {
  const current = new Map((await dnsApi.listRecords(zoneId)).map((r) => [keyOf(r), r]));
  const summary: SyncSummary = { created: 0, updated: 0, deleted: 0 };
  for (const record of desired) {
    const existing = current.get(keyOf(record));
    current.delete(keyOf(record));
    if (!existing) {
      await dnsApi.createRecord(zoneId, record);
      summary.created++;
    } else if (existing.content !== record.content || existing.ttl !== record.ttl) {
      await dnsApi.updateRecord(zoneId, existing.id, record);
      summary.updated++;
    }
  }
  for (const stale of current.values()) {
    await dnsApi.deleteRecord(zoneId, stale.id);
    summary.deleted++;
  }
  return summary;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      zone: { type: 'string' },
      file: { type: 'string', default: 'dns.json' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  if (!values.zone) throw new Error('--zone is required');
  const desired = JSON.parse(await readFile(values.file ?? 'dns.json', 'utf8')) as DnsRecord[];

  const run = values['dry-run'] ? planDnsChanges : applyDnsChanges;
  const summary = await run(values.zone, desired);

  const verb = values['dry-run'] ? 'would' : 'did';
  console.log(`${verb} create ${summary.created}, update ${summary.updated}, delete ${summary.deleted}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});

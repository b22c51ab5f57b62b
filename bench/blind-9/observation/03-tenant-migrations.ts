// expect: no-unchecked-settled-results
// Tenants whose migration rejected are silently filtered out; the release is still marked "migrated" and the failures (and their errors) are never reported, so those tenants run new code against an old schema.
interface Tenant {
  id: string;
  dbUrl: string;
  schemaVersion: number;
}

interface MigrationReceipt {
  tenantId: string;
  from: number;
  to: number;
  durationMs: number;
}

declare const control: {
  listTenants(opts: { region: string }): Promise<Tenant[]>;
  markReleaseMigrated(release: string, tenantIds: string[]): Promise<void>;
};

declare function openTenantDb(url: string): Promise<{
  migrateTo(version: number, opts: { lockTimeoutMs: number }): Promise<void>;
  close(): Promise<void>;
}>;

async function migrateTenant(tenant: Tenant, target: number): Promise<MigrationReceipt> {
  const started = performance.now();
  const db = await openTenantDb(tenant.dbUrl);
  try {
    await db.migrateTo(target, { lockTimeoutMs: 15_000 });
  } finally {
    await db.close();
  }
  return { tenantId: tenant.id, from: tenant.schemaVersion, to: target, durationMs: performance.now() - started };
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function migrateRegion(region: string, release: string, target: number): Promise<MigrationReceipt[]> {
  const tenants = (await control.listTenants({ region })).filter((t) => t.schemaVersion < target);
  const receipts: MigrationReceipt[] = [];

  for (const batch of chunk(tenants, 8)) {
    const results = await Promise.allSettled(batch.map((t) => migrateTenant(t, target)));
    for (const r of results) {
      if (r.status === 'fulfilled') receipts.push(r.value);
    }
  }

  const slowest = receipts.reduce((max, r) => Math.max(max, r.durationMs), 0);
  console.log(`[migrate] ${region}: ${receipts.length} tenants to v${target}, slowest ${slowest.toFixed(0)}ms`);
  await control.markReleaseMigrated(
    release,
    receipts.map((r) => r.tenantId),
  );
  return receipts;
}

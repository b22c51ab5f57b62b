// expect: none
// The async function is passed to Array.prototype.map, which calls it per name, so Promise.all receives real promises of registry metadata.
import { readFile } from 'node:fs/promises';
import { argv, stdout } from 'node:process';

interface PackageMeta {
  name: string;
  latest: string;
  deprecated?: string;
  modified: string;
}

interface RegistryDoc {
  name: string;
  'dist-tags': { latest: string };
  time: Record<string, string>;
  versions: Record<string, { deprecated?: string }>;
}

async function fetchMeta(name: string): Promise<PackageMeta> {
  const res = await fetch(`https://registry.npmjs.org/${name.replace('/', '%2f')}`, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`${name}: registry answered ${res.status}`);
  const doc = (await res.json()) as RegistryDoc;
  const latest = doc['dist-tags'].latest;
  return { name, latest, deprecated: doc.versions[latest]?.deprecated, modified: doc.time.modified };
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function main(): Promise<void> {
  const manifestPath = argv[2] ?? 'package.json';
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).sort();
  const results: PackageMeta[] = [];
  for (const batch of chunk(names, 8)) {
    results.push(...(await Promise.all(batch.map(fetchMeta))));
  }
  let flagged = 0;
  for (const meta of results) {
    const ageDays = Math.round((Date.now() - Date.parse(meta.modified)) / 86_400_000);
    if (meta.deprecated || ageDays > 730) {
      flagged++;
      stdout.write(`${meta.name}@${meta.latest}: ${meta.deprecated ? `deprecated (${meta.deprecated})` : `stale, ${ageDays} days`}\n`);
    }
  }
  stdout.write(`${results.length} packages checked, ${flagged} flagged\n`);
  if (flagged > 0) process.exitCode = 2;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});

// expect: none
// The background update check has .catch(() => null) attached the moment it starts, so it can never reject; awaiting it only after the command finishes (or never, if the command throws) loses nothing.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

interface PackageJson {
  name: string;
  version: string;
}

declare function runDeploy(opts: { env: string; dryRun: boolean; signal?: AbortSignal }): Promise<{ releaseId: string }>;

async function latestPublished(name: string, signal: AbortSignal): Promise<string | null> {
  const res = await fetch(`https://registry.npmjs.org/${encodeURIComponent(name)}/latest`, { signal });
  if (!res.ok) return null;
  const body = (await res.json()) as { version?: string };
  return body.version ?? null;
}

function isNewer(latest: string, current: string): boolean {
  const a = latest.split('.').map(Number);
  const b = current.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return false;
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { env: { type: 'string', default: 'staging' }, 'dry-run': { type: 'boolean', default: false } },
  });
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as PackageJson;

  const updateCheck = latestPublished(pkg.name, AbortSignal.timeout(3000)).catch(() => null);

  const { releaseId } = await runDeploy({ env: values.env ?? 'staging', dryRun: values['dry-run'] ?? false });
  console.log(`deployed release ${releaseId} to ${values.env}`);

  const latest = await updateCheck;
  if (latest && isNewer(latest, pkg.version)) {
    console.error(`\nA newer ${pkg.name} is available: ${pkg.version} -> ${latest}`);
  }
  return 0;
}

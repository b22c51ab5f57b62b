// expect: none
// The registry lookup is started before validation but gets a .catch() in the same expression, so an early validation throw leaves behind a promise that can no longer reject.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  files?: string[];
  main?: string;
}

declare const registry: {
  latestVersion(name: string): Promise<string | null>;
  publish(dir: string, opts: { tag: string; access: 'public' | 'restricted' }): Promise<{ integrity: string }>;
};

declare function compareSemver(a: string, b: string): -1 | 0 | 1;

export class PublishError extends Error {}

export async function publishPackage(dir: string, tag = 'latest'): Promise<string> {
  const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as PackageJson;

  const latest = registry.latestVersion(pkg.name).catch((err: unknown) => {
    console.warn(`! could not read published versions of ${pkg.name}: ${(err as Error).message}`);
    return null;
  });

  if (pkg.private) {
    throw new PublishError(`${pkg.name} is marked private`);
  }
  if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(pkg.version)) {
    throw new PublishError(`${pkg.name}: "${pkg.version}" is not a valid semver version`);
  }
  if (!pkg.files?.length) {
    throw new PublishError(`${pkg.name}: refusing to publish without a "files" allow-list`);
  }

  const published = await latest;
  if (published && tag === 'latest' && compareSemver(pkg.version, published) <= 0) {
    throw new PublishError(`${pkg.name}@${pkg.version} is not newer than ${published}`);
  }

  const { integrity } = await registry.publish(dir, { tag, access: pkg.name.startsWith('@') ? 'restricted' : 'public' });
  console.log(`+ ${pkg.name}@${pkg.version} (${tag}) ${integrity}`);
  return integrity;
}

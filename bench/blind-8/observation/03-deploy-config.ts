// expect: no-unobserved-promise
// The Vault secret read is started before the manifest is validated; when a validation check throws, the secret promise is abandoned, and if Vault then rejects (expired token, missing path) the CLI dies with an unhandled rejection instead of printing the ManifestError.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

interface Manifest {
  service: string;
  region: string;
  replicas: number;
  image: string;
  secretsPath: string;
}

export interface DeployConfig extends Manifest {
  secrets: Record<string, string>;
}

declare const vault: {
  read(path: string, opts?: { signal?: AbortSignal }): Promise<{ data: Record<string, string>; leaseId: string }>;
};

export class ManifestError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'ManifestError';
  }
}

const REGIONS = new Set(['eu-west-1', 'us-east-1', 'ap-southeast-2']);
const IMAGE_REF = /^[\w.-]+(?:\/[\w.-]+)+:[\w.-]+$/;
const REQUIRED_SECRETS = ['DATABASE_URL', 'SESSION_KEY'];

function parseManifest(file: string, raw: string): Manifest {
  const data = JSON.parse(raw) as Partial<Manifest>;
  for (const key of ['service', 'region', 'image', 'secretsPath'] as const) {
    if (typeof data[key] !== 'string' || data[key] === '') {
      throw new ManifestError(file, `"${key}" must be a non-empty string`);
    }
  }
  return { replicas: 1, ...data } as Manifest;
}

export async function loadDeployConfig(dir: string, env: string): Promise<DeployConfig> {
  const file = resolve(dir, `deploy.${env}.json`);
  const manifest = parseManifest(file, await readFile(file, 'utf8'));
  const secretsRead = vault.read(manifest.secretsPath);

  if (!REGIONS.has(manifest.region)) {
    throw new ManifestError(file, `unsupported region "${manifest.region}"`);
  }
  if (!Number.isInteger(manifest.replicas) || manifest.replicas < 1 || manifest.replicas > 50) {
    throw new ManifestError(file, `replicas must be 1..50, got ${manifest.replicas}`);
  }
  if (!IMAGE_REF.test(manifest.image)) {
    throw new ManifestError(file, `image "${manifest.image}" is not a pinned reference`);
  }

  const { data } = await secretsRead;
  const missing = REQUIRED_SECRETS.filter((k) => !(k in data));
  if (missing.length > 0) {
    throw new ManifestError(file, `secrets at ${manifest.secretsPath} lack ${missing.join(', ')}`);
  }
  return { ...manifest, secrets: data };
}

export async function main(argv: string[]): Promise<number> {
  const [env = 'staging', dir = process.cwd()] = argv;
  try {
    const cfg = await loadDeployConfig(dir, env);
    console.log(`${cfg.service} -> ${cfg.region} x${cfg.replicas} (${cfg.image})`);
    return 0;
  } catch (err) {
    console.error(err instanceof ManifestError ? err.message : err);
    return 1;
  }
}

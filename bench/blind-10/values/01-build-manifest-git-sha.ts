// expect: no-read-before-settle
// execFile's callback assigns `commit` only after git exits, but the manifest object is built synchronously right after the call, so every manifest.json is written with commit "unknown".
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

interface AssetEntry {
  file: string;
  bytes: number;
  sha256: string;
}

interface BuildManifest {
  version: string;
  commit: string;
  builtAt: string;
  assets: AssetEntry[];
}

async function hashAssets(dir: string): Promise<AssetEntry[]> {
  const names = (await readdir(dir)).filter((n) => !n.endsWith('.map') && n !== 'manifest.json').sort();
  const entries: AssetEntry[] = [];
  for (const name of names) {
    const full = path.join(dir, name);
    const info = await stat(full);
    if (!info.isFile()) continue;
    const body = await readFile(full);
    entries.push({
      file: name,
      bytes: info.size,
      sha256: createHash('sha256').update(body).digest('hex'),
    });
  }
  return entries;
}

export async function writeManifest(outDir: string, version: string): Promise<BuildManifest> {
  const assets = await hashAssets(outDir);

  let commit = 'unknown';
  execFile('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: outDir, timeout: 5_000 }, (err, stdout) => {
    if (err) {
      console.warn(`[manifest] git rev-parse failed, leaving commit unset: ${err.message}`);
      return;
    }
    commit = stdout.trim();
  });

  const manifest: BuildManifest = {
    version,
    commit,
    builtAt: new Date().toISOString(),
    assets,
  };

  const target = path.join(outDir, 'manifest.json');
  await writeFile(target, JSON.stringify(manifest, null, 2) + '\n', 'utf8');
  return manifest;
}

async function main(): Promise<void> {
  const [outDir = 'dist', version = process.env.npm_package_version ?? '0.0.0-dev'] = process.argv.slice(2);
  const manifest = await writeManifest(path.resolve(outDir), version);
  const totalKb = manifest.assets.reduce((sum, a) => sum + a.bytes, 0) / 1024;
  console.log(`[manifest] ${manifest.assets.length} assets (${totalKb.toFixed(1)} KiB) @ ${manifest.commit}`);
}

main().catch((err: unknown) => {
  console.error('[manifest] failed:', err);
  process.exitCode = 1;
});

// expect: no-read-before-settle
// currentCommit() returns `sha` right after starting execFile, before the callback that assigns it has run, so the manifest always says "dev".
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

interface ArtifactEntry {
  file: string;
  size: number;
  sha256: string;
}

interface ReleaseManifest {
  name: string;
  version: string;
  commit: string;
  builtAt: string;
  artifacts: ArtifactEntry[];
}

function currentCommit(repoDir: string): string {
  let sha = '';
  execFile('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: repoDir }, (err, stdout) => {
    if (err) return;
    sha = stdout.trim();
  });
  return sha || 'dev';
}

async function hashArtifacts(distDir: string): Promise<ArtifactEntry[]> {
  const names = (await readdir(distDir)).filter((n) => !n.startsWith('.')).sort();
  const entries: ArtifactEntry[] = [];
  for (const name of names) {
    const full = path.join(distDir, name);
    const info = await stat(full);
    if (!info.isFile()) continue;
    const sha256 = createHash('sha256')
      .update(await readFile(full))
      .digest('hex');
    entries.push({ file: name, size: info.size, sha256 });
  }
  return entries;
}

export async function writeReleaseManifest(repoDir: string, distDir: string): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(repoDir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };

  const commit = currentCommit(repoDir);
  const artifacts = await hashArtifacts(distDir);
  if (artifacts.length === 0) {
    throw new Error(`no artifacts found in ${distDir}; did the build run?`);
  }

  const manifest: ReleaseManifest = {
    name: pkg.name,
    version: pkg.version,
    commit,
    builtAt: new Date().toISOString(),
    artifacts,
  };

  const out = path.join(distDir, 'manifest.json');
  await writeFile(out, JSON.stringify(manifest, null, 2) + '\n');
  return out;
}

if (require.main === module) {
  const [repoDir = process.cwd(), distDir = path.join(repoDir, 'dist')] = process.argv.slice(2);
  writeReleaseManifest(repoDir, distDir).then(
    (out) => console.log(`wrote ${out}`),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exitCode = 1;
    },
  );
}

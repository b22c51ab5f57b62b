// expect: no-read-before-settle
// execFile's callback runs after the child process exits, but `commit` and `dirty` are read synchronously right after spawning, so the manifest always records "unknown" and dirty=false.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

interface BuildManifest {
  name: string;
  version: string;
  commit: string;
  dirty: boolean;
  builtAt: string;
  node: string;
}

interface PackageJson {
  name: string;
  version: string;
}

function describeWorkingTree(repoDir: string): { commit: string; dirty: boolean } {
  let commit = 'unknown';
  let dirty = false;

  execFile('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoDir }, (err, stdout) => {
    if (err) {
      console.warn(`[manifest] git rev-parse failed: ${err.message}`);
      return;
    }
    commit = stdout.trim();
  });

  execFile('git', ['status', '--porcelain'], { cwd: repoDir }, (err, stdout) => {
    if (!err) {
      dirty = stdout.trim().length > 0;
    }
  });

  return { commit, dirty };
}

export async function writeBuildManifest(repoDir: string, pkg: PackageJson, outDir: string): Promise<BuildManifest> {
  const tree = describeWorkingTree(repoDir);

  const manifest: BuildManifest = {
    name: pkg.name,
    version: pkg.version,
    commit: tree.commit,
    dirty: tree.dirty,
    builtAt: new Date().toISOString(),
    node: process.version,
  };

  const target = path.join(outDir, 'build-manifest.json');
  await writeFile(target, JSON.stringify(manifest, null, 2) + '\n', 'utf8');
  console.log(`[manifest] wrote ${target} (${manifest.version}@${manifest.commit}${manifest.dirty ? '+dirty' : ''})`);
  return manifest;
}

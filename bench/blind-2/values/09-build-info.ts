// expect: no-read-before-settle
// gitSha and dirty are assigned in exec callbacks that run after the child processes exit, but the BuildInfo object is built synchronously right after starting them, so every build is stamped "unknown" and never marked dirty.
import { exec } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildInfo {
  name: string;
  version: string;
  gitSha: string;
  dirty: boolean;
  builtAt: string;
  node: string;
}

export function writeBuildInfo(projectDir: string, outFile = 'dist/build-info.json'): BuildInfo {
  const pkg = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as { name: string; version: string };
  let gitSha = 'unknown';
  let dirty = false;

  exec('git rev-parse --short=12 HEAD', { cwd: projectDir }, (err, stdout) => {
    if (err) {
      console.warn(`[build-info] not a git checkout? ${err.message}`);
      return;
    }
    gitSha = stdout.trim();
  });
  exec('git status --porcelain --untracked-files=no', { cwd: projectDir }, (err, stdout) => {
    if (!err) dirty = stdout.trim().length > 0;
  });

  const info: BuildInfo = {
    name: pkg.name,
    version: dirty ? `${pkg.version}+dirty` : pkg.version,
    gitSha,
    dirty,
    builtAt: new Date().toISOString(),
    node: process.version,
  };
  writeFileSync(join(projectDir, outFile), JSON.stringify(info, null, 2) + '\n');
  console.log(`[build-info] ${info.name}@${info.version} (${info.gitSha})`);
  return info;
}

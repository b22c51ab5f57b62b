// expect: no-multiple-settle
// When git is not installed the ENOENT branch only logs and returns without resolving or rejecting, so the awaited promise never settles and the release CLI exits silently with code 0 without writing build-info.json.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const log = {
  info: (msg: string) => console.log(`[build-info] ${msg}`),
  warn: (msg: string) => console.warn(`[build-info] WARN ${msg}`),
};

interface BuildInfo {
  version: string;
  commit: string;
  branch: string;
  dirty: boolean;
  builtAt: string;
}

function git(args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, timeout: 15_000, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      if (err) {
        if (err.code === 'ENOENT') {
          log.warn('git is not installed; commit fields will be "unknown"');
          return;
        }
        reject(new Error(`git ${args.join(' ')} failed: ${stderr.trim() || err.message}`));
        return;
      }
      resolve(stdout.trim());
    });
  });
}

async function gitOr(fallback: string, args: string[], cwd: string): Promise<string> {
  try {
    return (await git(args, cwd)) || fallback;
  } catch (err) {
    log.warn((err as Error).message);
    return fallback;
  }
}

export async function writeBuildInfo(cwd: string, version: string): Promise<BuildInfo> {
  const commit = await gitOr('unknown', ['rev-parse', 'HEAD'], cwd);
  const branch = await gitOr('unknown', ['rev-parse', '--abbrev-ref', 'HEAD'], cwd);
  const status = await gitOr('', ['status', '--porcelain'], cwd);
  const info: BuildInfo = {
    version,
    commit,
    branch,
    dirty: status.length > 0,
    builtAt: new Date().toISOString(),
  };
  await writeFile(join(cwd, 'dist', 'build-info.json'), JSON.stringify(info, null, 2) + '\n');
  log.info(`${version} @ ${commit.slice(0, 8)}${info.dirty ? ' (dirty)' : ''}`);
  return info;
}

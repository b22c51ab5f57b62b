// expect: none
// The signal travels inside the spread options object into execFile, which kills the git child process when the caller aborts.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface GitOptions {
  cwd: string;
  signal?: AbortSignal;
  timeout?: number;
}

export interface RepoSnapshot {
  head: string;
  branch: string;
  dirtyFiles: string[];
  aheadBehind: { ahead: number; behind: number } | null;
}

async function git(args: string[], options: GitOptions): Promise<string> {
  const { stdout } = await execFileAsync('git', args, {
    ...options,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
  return stdout.trimEnd();
}

export async function snapshotRepo(options: GitOptions): Promise<RepoSnapshot> {
  const head = await git(['rev-parse', 'HEAD'], options);
  const branch = await git(['rev-parse', '--abbrev-ref', 'HEAD'], options);
  const status = await git(['status', '--porcelain=v1', '--untracked-files=normal'], options);
  const dirtyFiles = status
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));

  let aheadBehind: RepoSnapshot['aheadBehind'] = null;
  if (branch !== 'HEAD') {
    try {
      const counts = await git(['rev-list', '--left-right', '--count', `${branch}...@{upstream}`], options);
      const [ahead, behind] = counts.split(/\s+/).map(Number);
      aheadBehind = { ahead, behind };
    } catch (err) {
      if (options.signal?.aborted) throw err;
      aheadBehind = null;
    }
  }

  return { head, branch, dirtyFiles, aheadBehind };
}

// expect: no-swallowed-abort
// When a refresh is cancelled (folder switch or dispose()), execFile rejects the branch lookup with an AbortError that currentBranch turns into 'detached', so the cancelled refresh still paints the old repo's badge; after dispose() cleared the bar, that stale badge stays on screen.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';

const execFileAsync = promisify(execFile);

export interface GitBadge {
  repo: string;
  branch: string;
  dirty: boolean;
}

async function git(cwd: string, args: string[], signal: AbortSignal): Promise<string> {
  const { stdout } = await execFileAsync('git', args, {
    cwd,
    signal,
    timeout: 4_000,
    windowsHide: true,
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
  });
  return stdout.trim();
}

async function currentBranch(root: string, signal: AbortSignal): Promise<string> {
  try {
    const name = await git(root, ['symbolic-ref', '--quiet', '--short', 'HEAD'], signal);
    return name || 'detached';
  } catch {
    // symbolic-ref exits 1 on a detached HEAD
    return 'detached';
  }
}

export class GitStatusBar {
  private inflight: AbortController | undefined;

  constructor(private readonly paint: (badge: GitBadge | null) => void) {}

  async refresh(folder: string): Promise<void> {
    this.inflight?.abort();
    const ac = new AbortController();
    this.inflight = ac;
    try {
      const root = await git(folder, ['rev-parse', '--show-toplevel'], ac.signal);
      const porcelain = await git(root, ['status', '--porcelain', '--untracked-files=no'], ac.signal);
      const branch = await currentBranch(root, ac.signal);
      this.paint({ repo: path.basename(root), branch, dirty: porcelain.length > 0 });
    } catch (err) {
      if (ac.signal.aborted) return;
      // not a repository, or git missing: hide the badge
      this.paint(null);
    } finally {
      if (this.inflight === ac) this.inflight = undefined;
    }
  }

  dispose(): void {
    this.inflight?.abort();
    this.inflight = undefined;
    this.paint(null);
  }
}

// expect: none
// `branch` is assigned in execFile's callback, but the function awaits the Promise that same callback resolves before reading it, so the real default branch is returned.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface PullRequestContext {
  remote: string;
  base: string;
  head: string;
  commits: string[];
}

async function detectDefaultBranch(cwd: string, remote: string): Promise<string> {
  let branch = 'main';
  await new Promise<void>((resolve) => {
    execFile('git', ['symbolic-ref', '--short', `refs/remotes/${remote}/HEAD`], { cwd }, (err, stdout) => {
      if (err) {
        console.warn(`could not read ${remote}/HEAD (${err.message.trim()}); assuming "${branch}"`);
      } else {
        branch = stdout.trim().slice(remote.length + 1);
      }
      resolve();
    });
  });
  return branch;
}

async function currentBranch(cwd: string): Promise<string> {
  const { stdout } = await execFileAsync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd });
  const name = stdout.trim();
  if (name === 'HEAD') throw new Error('detached HEAD: check out a branch before opening a pull request');
  return name;
}

export async function pullRequestContext(cwd: string, remote = 'origin'): Promise<PullRequestContext> {
  const [base, head] = await Promise.all([detectDefaultBranch(cwd, remote), currentBranch(cwd)]);
  if (base === head) throw new Error(`you are on ${base}; create a feature branch first`);
  const { stdout } = await execFileAsync('git', ['log', '--format=%s', `${remote}/${base}..${head}`], { cwd, maxBuffer: 4 * 1024 * 1024 });
  const commits = stdout.split('\n').filter(Boolean);
  if (commits.length === 0) throw new Error(`${head} has no commits ahead of ${remote}/${base}`);
  return { remote, base, head, commits };
}

// expect: no-reused-settled-promise
// attempt() recurses through .then's rejection handler with the same git-fetch promise, so retries never spawn a new git process.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

type ExecResult = { stdout: string; stderr: string };

function attempt(run: Promise<ExecResult>, triesLeft: number, repoDir: string): Promise<ExecResult> {
  return run.then(
    (result) => result,
    (err: Error) => {
      if (triesLeft <= 1) {
        return Promise.reject(new Error(`git fetch failed in ${repoDir}: ${err.message}`));
      }
      console.error(`git fetch failed, ${triesLeft - 1} tries left`);
      return attempt(run, triesLeft - 1, repoDir);
    },
  );
}

export async function syncMirror(repoDir: string, remote = 'origin'): Promise<string> {
  const { stdout } = await attempt(
    execFileAsync('git', ['fetch', '--prune', remote], { cwd: repoDir }),
    3,
    repoDir,
  );
  return stdout.trim();
}

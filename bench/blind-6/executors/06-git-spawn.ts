// expect: none
// The spawn wrapper settles through a single finish() guard from 'error' or 'close', so a failed spawn (ENOENT) rejects once and a normal exit resolves or rejects by exit code.
import { spawn } from 'node:child_process';

export interface GitResult {
  stdout: string;
  stderr: string;
}

export class GitCommandError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (${exitCode ?? 'signal'}): ${stderr.trim().split('\n').pop() ?? ''}`);
    this.name = 'GitCommandError';
  }
}

export function git(cwd: string, args: readonly string[], input?: string): Promise<GitResult> {
  return new Promise<GitResult>((resolve, reject) => {
    const child = spawn('git', args, { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    let stdout = '';
    let stderr = '';
    let done = false;

    const finish = (err: Error | null) => {
      if (done) return;
      done = true;
      if (err) reject(err);
      else resolve({ stdout, stderr });
    };

    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', (err) => finish(err));
    child.stdin.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') finish(err);
    });
    child.on('close', (code) => finish(code === 0 ? null : new GitCommandError(args, code, stderr)));

    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

export async function changedFiles(cwd: string, base: string): Promise<string[]> {
  const { stdout } = await git(cwd, ['diff', '--name-only', '-z', `${base}...HEAD`]);
  return stdout.split('\0').filter(Boolean);
}

export async function currentBranch(cwd: string): Promise<string | null> {
  try {
    const { stdout } = await git(cwd, ['symbolic-ref', '--short', '-q', 'HEAD']);
    return stdout.trim() || null;
  } catch (err) {
    if (err instanceof GitCommandError && err.exitCode === 1) return null;
    throw err;
  }
}

// expect: none
// The git commands run through promisified execFile and are awaited before their output is used, so the tag, commit list and SHA are real values when the notes are assembled.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFile } from 'node:fs/promises';

const run = promisify(execFile);

interface Commit {
  sha: string;
  subject: string;
  author: string;
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 8 * 1024 * 1024 });
  return stdout.trim();
}

export async function draftReleaseNotes(repoDir: string, version: string, outPath: string): Promise<number> {
  let previousTag: string | null = null;
  try {
    previousTag = await git(repoDir, 'describe', '--tags', '--abbrev=0', 'HEAD^');
  } catch {
    console.warn('[release] no previous tag found, listing full history');
  }

  const range = previousTag ? `${previousTag}..HEAD` : 'HEAD';
  const [log, headSha] = await Promise.all([
    git(repoDir, 'log', range, '--no-merges', '--pretty=format:%h%x1f%s%x1f%an'),
    git(repoDir, 'rev-parse', 'HEAD'),
  ]);

  const commits: Commit[] = log
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [sha, subject, author] = line.split('\x1f');
      return { sha, subject, author };
    });

  const sections = new Map<string, Commit[]>([['Features', []], ['Fixes', []], ['Other', []]]);
  for (const c of commits) {
    const bucket = /^feat[(:]/.test(c.subject) ? 'Features' : /^fix[(:]/.test(c.subject) ? 'Fixes' : 'Other';
    sections.get(bucket)!.push(c);
  }

  const body = [`# ${version}`, '', `Built from ${headSha.slice(0, 12)}${previousTag ? ` (since ${previousTag})` : ''}`];
  for (const [title, list] of sections) {
    if (list.length === 0) continue;
    body.push('', `## ${title}`, ...list.map((c) => `- ${c.subject} (${c.sha}, ${c.author})`));
  }
  await writeFile(outPath, body.join('\n') + '\n', 'utf8');
  return commits.length;
}

// expect: no-multiple-settle
// resolve() runs on the first stdout 'data' event, so once `git log` prints more than one pipe chunk (~64 KiB) the changelog is built from a truncated first chunk, cut mid-line, and later chunks and a non-zero exit code are silently ignored.
import { spawn } from 'node:child_process';

function git(args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (text: string) => resolve(text));
    child.stderr.on('data', (text: string) => {
      stderr += text;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`git ${args[0]} exited with ${code}: ${stderr.trim()}`));
      else resolve('');
    });
  });
}

interface Commit {
  hash: string;
  type: string;
  scope?: string;
  subject: string;
  breaking: boolean;
}

const HEADER = /^(\w+)(?:\(([^)]+)\))?(!)?:\s*(.+)$/;

function parseLog(raw: string): Commit[] {
  const commits: Commit[] = [];
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue;
    const [hash, header = ''] = line.split('\x1f');
    const m = HEADER.exec(header);
    if (!m) continue;
    commits.push({ hash: hash.slice(0, 8), type: m[1], scope: m[2], subject: m[4], breaking: Boolean(m[3]) });
  }
  return commits;
}

const SECTIONS: Record<string, string> = { feat: 'Features', fix: 'Bug fixes', perf: 'Performance' };

export async function buildChangelog(repoDir: string, fromTag: string, version: string): Promise<string> {
  const raw = await git(['log', '--no-merges', '--format=%H%x1f%s', `${fromTag}..HEAD`], repoDir);
  const commits = parseLog(raw);
  const out = [`## ${version} (${new Date().toISOString().slice(0, 10)})`, ''];

  const breaking = commits.filter((c) => c.breaking);
  if (breaking.length) {
    out.push('### BREAKING CHANGES', ...breaking.map((c) => `- ${c.subject} (${c.hash})`), '');
  }
  for (const [type, title] of Object.entries(SECTIONS)) {
    const items = commits.filter((c) => c.type === type && !c.breaking);
    if (!items.length) continue;
    out.push(`### ${title}`);
    for (const c of items) out.push(`- ${c.scope ? `**${c.scope}:** ` : ''}${c.subject} (${c.hash})`);
    out.push('');
  }
  return out.join('\n');
}

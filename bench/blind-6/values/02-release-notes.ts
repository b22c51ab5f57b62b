// expect: none
// Every git query is awaited inside the template literals, so the release header contains the branch, tag and commit count rather than "[object Promise]".
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFile } from 'node:fs/promises';

const run = promisify(execFile);

async function git(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 8 * 1024 * 1024 });
  return stdout.trim();
}

const currentBranch = (cwd: string) => git(['rev-parse', '--abbrev-ref', 'HEAD'], cwd);
const lastTag = (cwd: string) => git(['describe', '--tags', '--abbrev=0'], cwd);

async function commitsSince(tag: string, cwd: string): Promise<string[]> {
  const out = await git(['log', `${tag}..HEAD`, '--pretty=format:%h %s'], cwd);
  return out ? out.split('\n') : [];
}

export async function writeReleaseNotes(cwd: string, outFile: string): Promise<number> {
  const tag = await lastTag(cwd);
  const commits = await commitsSince(tag, cwd);
  if (commits.length === 0) {
    console.log(`nothing to release since ${tag}`);
    return 0;
  }

  const features = commits.filter((c) => /^\w+ feat(\(.+\))?:/.test(c));
  const fixes = commits.filter((c) => /^\w+ fix(\(.+\))?:/.test(c));
  const other = commits.length - features.length - fixes.length;

  const lines = [
    `# Release from ${await currentBranch(cwd)} (since ${tag})`,
    '',
    `Generated ${new Date().toISOString()} — ${commits.length} commits, ${other} uncategorised.`,
    '',
    '## Features',
    ...features.map((c) => `- ${c}`),
    '',
    '## Fixes',
    ...fixes.map((c) => `- ${c}`),
    '',
  ];

  await writeFile(outFile, lines.join('\n'), 'utf8');
  console.log(`wrote ${outFile} (${await git(['rev-parse', '--short', 'HEAD'], cwd)})`);
  return commits.length;
}

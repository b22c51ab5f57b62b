// expect: none
// The config read starts early but gets a rejection handler attached synchronously, so bailing out on a non-git directory (or a failing git call) cannot leave an unhandled rejection; the later await still surfaces a real read/parse error.
import { readFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';

const execFileAsync = promisify(execFile);

interface ChangelogConfig {
  sections: Record<string, string>;
  ignoreScopes: string[];
}

const DEFAULT_CONFIG: ChangelogConfig = {
  sections: { feat: 'Features', fix: 'Bug Fixes', perf: 'Performance' },
  ignoreScopes: ['deps-dev', 'release'],
};

async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 });
  return stdout.trim();
}

export async function buildChangelog(cwd: string, since?: string): Promise<string | null> {
  const configFile = path.join(cwd, '.changelogrc.json');
  const configText = readFile(configFile, 'utf8');
  configText.catch(() => undefined);

  let head: string;
  try {
    head = await git(cwd, 'rev-parse', '--verify', 'HEAD');
  } catch {
    process.stderr.write(`changelog: ${cwd} is not a git repository with commits\n`);
    return null;
  }

  const range = since ? `${since}..${head}` : head;
  const log = await git(cwd, 'log', '--no-merges', '--format=%h%x09%s', range);

  let config = DEFAULT_CONFIG;
  try {
    config = { ...DEFAULT_CONFIG, ...(JSON.parse(await configText) as Partial<ChangelogConfig>) };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new Error(`invalid ${configFile}: ${(err as Error).message}`);
    }
  }

  const grouped = new Map<string, string[]>();
  for (const line of log.split('\n').filter(Boolean)) {
    const [sha, subject] = line.split('\t');
    const m = /^(\w+)(?:\(([^)]+)\))?!?: (.+)$/.exec(subject ?? '');
    if (!m) continue;
    const [, type, scope, summary] = m;
    const title = config.sections[type];
    if (!title || (scope && config.ignoreScopes.includes(scope))) continue;
    const entries = grouped.get(title) ?? [];
    entries.push(`- ${scope ? `**${scope}:** ` : ''}${summary} (${sha})`);
    grouped.set(title, entries);
  }

  if (grouped.size === 0) return '';
  return [...grouped].map(([title, entries]) => `### ${title}\n\n${entries.join('\n')}`).join('\n\n') + '\n';
}

if (require.main === module) {
  buildChangelog(process.cwd(), process.argv[2]).then(
    (out) => {
      if (out === null) process.exitCode = 2;
      else process.stdout.write(out);
    },
    (err: unknown) => {
      process.stderr.write(`changelog: ${(err as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}

// expect: none
// A combined signal (caller's signal plus a deadline) is built once and passed to the listing request and to every per-PR fetch inside the map callback, so an abort stops all of them.
interface PullRequest {
  number: number;
  title: string;
  labels: { name: string }[];
  user: { login: string };
}

const GH = 'https://api.github.com';

async function ghJson<T>(path: string, token: string, signal: AbortSignal): Promise<T> {
  const res = await fetch(`${GH}${path}`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
    signal,
  });
  if (!res.ok) throw new Error(`GitHub ${res.status} for ${path}`);
  return (await res.json()) as T;
}

export interface NotesOptions {
  repo: string;
  base: string;
  head: string;
  token: string;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export async function buildReleaseNotes(opts: NotesOptions): Promise<string> {
  const deadline = AbortSignal.timeout(opts.timeoutMs ?? 20_000);
  const signal = opts.signal ? AbortSignal.any([opts.signal, deadline]) : deadline;

  const compare = await ghJson<{ commits: { commit: { message: string } }[] }>(
    `/repos/${opts.repo}/compare/${opts.base}...${opts.head}`,
    opts.token,
    signal,
  );
  const prNumbers = [...new Set(compare.commits.flatMap((c) => [...c.commit.message.matchAll(/\(#(\d+)\)/g)].map((m) => Number(m[1]))))];

  const prs = await Promise.all(prNumbers.map((n) => ghJson<PullRequest>(`/repos/${opts.repo}/pulls/${n}`, opts.token, signal)));

  const sections = new Map<string, string[]>([
    ['Features', []],
    ['Fixes', []],
    ['Other', []],
  ]);
  for (const pr of prs) {
    const names = pr.labels.map((l) => l.name);
    const section = names.includes('feature') ? 'Features' : names.includes('bug') ? 'Fixes' : 'Other';
    sections.get(section)!.push(`- ${pr.title} (#${pr.number}, @${pr.user.login})`);
  }

  return [...sections]
    .filter(([, lines]) => lines.length > 0)
    .map(([title, lines]) => `## ${title}\n${lines.join('\n')}`)
    .join('\n\n');
}

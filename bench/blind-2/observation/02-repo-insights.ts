// expect: none
// The three lookups run concurrently but are consumed through a single Promise.all, which attaches handlers to all of them at once, so any rejection propagates to the caller and none is left unhandled.
interface Repo {
  fullName: string;
  defaultBranch: string;
  archived: boolean;
}
interface PullSummary {
  number: number;
  title: string;
  draft: boolean;
  createdAt: string;
}
interface CheckRun {
  name: string;
  conclusion: 'success' | 'failure' | 'neutral' | null;
}
declare const gh: {
  getRepo(fullName: string): Promise<Repo | null>;
  listOpenPulls(fullName: string, opts: { perPage: number }): Promise<PullSummary[]>;
  listChecks(fullName: string, ref: string): Promise<CheckRun[]>;
};

export class RepoNotFound extends Error {}

const DAY = 86_400_000;

export async function repoInsights(fullName: string, now = Date.now()) {
  const [repo, pulls, checks] = await Promise.all([
    gh.getRepo(fullName),
    gh.listOpenPulls(fullName, { perPage: 50 }),
    gh.listChecks(fullName, 'HEAD'),
  ]);
  if (!repo) throw new RepoNotFound(`${fullName} does not exist or is private`);

  const stale = pulls.filter((p) => !p.draft && now - Date.parse(p.createdAt) > 14 * DAY);
  const failing = checks.filter((c) => c.conclusion === 'failure').map((c) => c.name);

  return {
    repo: repo.fullName,
    branch: repo.defaultBranch,
    archived: repo.archived,
    openPulls: pulls.length,
    stalePulls: stale.map((p) => ({ number: p.number, title: p.title })),
    health: failing.length === 0 ? 'green' : failing.length < 3 ? 'yellow' : 'red',
    failingChecks: failing,
  };
}

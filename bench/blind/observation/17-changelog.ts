// expect: no-unobserved-promise
// The next page request is started at the top of each iteration, but the `break` on reaching the limit leaves the loop without ever awaiting or handling it.
declare const gh: {
  listCommits(repo: string, page: number): Promise<{ sha: string; message: string }[]>;
};

export async function recentCommitMessages(repo: string, limit: number): Promise<string[]> {
  const messages: string[] = [];
  let page = 1;
  let current = await gh.listCommits(repo, page);

  while (current.length > 0) {
    const nextPage = gh.listCommits(repo, page + 1);

    for (const commit of current) {
      messages.push(commit.message.split("\n")[0] ?? "");
    }

    if (messages.length >= limit) {
      break;
    }

    current = await nextPage;
    page += 1;
  }

  return messages.slice(0, limit);
}

export function formatChangelog(messages: string[]): string {
  return messages.map((m) => `- ${m}`).join("\n");
}

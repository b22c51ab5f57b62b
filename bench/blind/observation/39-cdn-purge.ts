// expect: no-unchecked-settled-results
// The result of `Promise.allSettled` is discarded outright, so purge failures are never looked at and the caller is told the purge succeeded.
interface Request { body?: { paths?: unknown } }
interface Response { status(code: number): Response; json(body: unknown): void }

declare const cdn: { purge(zone: string, path: string): Promise<void> };
declare const zones: string[];

export async function purgeHandler(req: Request, res: Response): Promise<void> {
  const paths = Array.isArray(req.body?.paths) ? (req.body!.paths as string[]) : [];
  if (paths.length === 0) {
    res.status(400).json({ error: "no paths given" });
    return;
  }

  const jobs: Promise<void>[] = [];
  for (const zone of zones) {
    for (const path of paths) {
      jobs.push(cdn.purge(zone, path));
    }
  }

  await Promise.allSettled(jobs);

  res.status(202).json({ purged: paths.length, zones: zones.length });
}

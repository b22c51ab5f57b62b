// expect: no-promise-as-value
// The greeting interpolates the un-awaited promise from loadDisplayName, so the response reads "Welcome back, [object Promise]".

interface Request {
  params: Record<string, string>;
  query: Record<string, string | undefined>;
}

interface Response {
  status(code: number): Response;
  type(mime: string): Response;
  send(body: string): void;
}

declare function loadDisplayName(userId: string): Promise<string>;
declare function recordVisit(userId: string): Promise<void>;

export async function greetingHandler(req: Request, res: Response): Promise<void> {
  const userId = req.params.id;
  if (!userId) {
    res.status(400).type('text/plain').send('missing user id');
    return;
  }

  await recordVisit(userId);

  const lang = req.query.lang ?? 'en';
  const name = loadDisplayName(userId);
  const body = lang === 'en' ? `Welcome back, ${name}!` : `Bienvenue, ${userId}!`;

  res.status(200).type('text/plain').send(body);
}

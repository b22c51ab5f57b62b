// expect: none
// The connection promise is started once at boot and awaited by every request as a readiness gate; reusing it is the intent, not a retry.
interface Req { path: string }
interface Res { status(code: number): Res; send(body: string): void }
type Next = () => Promise<void>;

declare const app: {
  use(mw: (req: Req, res: Res, next: Next) => Promise<void>): void;
  listen(port: number): void;
};

declare function connectDatabase(url: string): Promise<{ ping(): Promise<boolean> }>;

const dbReady = connectDatabase(process.env.DATABASE_URL ?? 'postgres://localhost/app');
dbReady.catch((err: unknown) => {
  console.error('database connection failed', err);
});

app.use(async (req, res, next) => {
  try {
    await dbReady;
  } catch {
    res.status(503).send('service unavailable');
    return;
  }
  await next();
});

export async function healthCheck(): Promise<boolean> {
  const db = await dbReady;
  return db.ping();
}

export function start(port: number): void {
  app.listen(port);
}

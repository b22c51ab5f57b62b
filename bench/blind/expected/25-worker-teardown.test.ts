// expect: no-uncalled-async-function
// Promise.allSettled is given the stopWorker and closeServer functions uncalled, so teardown resolves immediately without stopping anything.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeAll(fn: () => Promise<void> | void): void;
declare function afterAll(fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): { toBe(expected: T): void };

declare function startServer(port: number): Promise<{ close(): Promise<void>; url: string }>;
declare function startWorker(queue: string): Promise<{ stop(): Promise<void>; processed(): number }>;
declare function enqueue(url: string, payload: object): Promise<void>;
declare function waitForIdle(queue: string): Promise<void>;

describe('email worker', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let worker: Awaited<ReturnType<typeof startWorker>>;

  const stopWorker = async () => worker.stop();
  const closeServer = async () => server.close();

  beforeAll(async () => {
    server = await startServer(0);
    worker = await startWorker('emails');
  });

  afterAll(async () => {
    await Promise.allSettled([stopWorker, closeServer]);
  });

  it('processes an enqueued email', async () => {
    await enqueue(server.url, { to: 'a@example.com', template: 'welcome' });
    await waitForIdle('emails');
    expect(worker.processed()).toBe(1);
  });
});

export {};

// expect: none
// archiveReplays() checks signal.throwIfAborted() between files and passes the same signal to pipeline(); the tests assert the abort surfaces as AbortError.
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void>; toMatchObject(expected: object): Promise<void> };
};

interface ReplaySource {
  matchId: string;
  open(): Readable;
}

type SinkFactory = (name: string) => Writable;

async function archiveReplays(
  replays: readonly ReplaySource[],
  openSink: SinkFactory,
  { signal }: { signal: AbortSignal },
): Promise<string[]> {
  const archived: string[] = [];
  for (const replay of replays) {
    signal.throwIfAborted();
    await pipeline(replay.open(), createGzip(), openSink(`${replay.matchId}.dem.gz`), { signal });
    archived.push(replay.matchId);
  }
  return archived;
}

function memorySinks(): { files: Map<string, number>; open: SinkFactory } {
  const files = new Map<string, number>();
  const open: SinkFactory = (name) => {
    files.set(name, 0);
    return new Writable({
      write(chunk: Buffer, _enc, cb) {
        files.set(name, (files.get(name) ?? 0) + chunk.length);
        cb();
      },
    });
  };
  return { files, open };
}

function replay(matchId: string, chunks: number, delayMs = 0): ReplaySource {
  return {
    matchId,
    open: () =>
      Readable.from(
        (async function* () {
          for (let i = 0; i < chunks; i++) {
            if (delayMs) await new Promise<void>((resolve) => setTimeout(resolve, delayMs));
            yield Buffer.alloc(16 * 1024, i);
          }
        })(),
      ),
  };
}

describe('esports replay archiving', () => {
  let sinks: ReturnType<typeof memorySinks>;

  beforeEach(() => {
    sinks = memorySinks();
  });

  it('gzips every replay into its own file', async () => {
    const done = await archiveReplays([replay('EU-1042', 4), replay('EU-1043', 2)], sinks.open, {
      signal: new AbortController().signal,
    });
    expect(done).toEqual(['EU-1042', 'EU-1043']);
    expect(sinks.files.get('EU-1042.dem.gz')).toBeGreaterThan(0);
  });

  it('does not open any sink when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(archiveReplays([replay('NA-77', 2)], sinks.open, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(sinks.files.size).toBe(0);
  });

  it('stops the stream in progress when aborted mid-file', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 15);
    await expect(
      archiveReplays([replay('KR-9', 50, 5), replay('KR-10', 2)], sinks.open, { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(sinks.files.has('KR-10.dem.gz')).toBe(false);
  });
});

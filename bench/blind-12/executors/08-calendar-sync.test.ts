// expect: none
// waitForEvent listens once for the target event, 'error' and a timeout, and each path clears the other two before settling.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void, timeout?: number) => void;
declare const beforeEach: (fn: () => void) => void;
declare const afterEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(v: unknown): void;
  toEqual(v: unknown): void;
  toHaveLength(n: number): void;
  rejects: { toThrow(msg?: string | RegExp): Promise<void> };
};

interface CalendarEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
}

declare class CalendarSync extends EventEmitter {
  constructor(opts: { remoteUrl: string; fetch: typeof fetch });
  start(): void;
  stop(): void;
  readonly events: CalendarEvent[];
}

function waitForEvent<T = unknown>(emitter: EventEmitter, event: string, timeoutMs = 2000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      emitter.off(event, onEvent);
      emitter.off('error', onError);
    };
    const onEvent = (value: T) => {
      cleanup();
      resolve(value);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out waiting for "${event}"`));
    }, timeoutMs);
    emitter.once(event, onEvent);
    emitter.once('error', onError);
  });
}

const ICS = [
  'BEGIN:VCALENDAR',
  'BEGIN:VEVENT',
  'UID:standup-1',
  'SUMMARY:Standup',
  'DTSTART:20240603T090000Z',
  'DTEND:20240603T091500Z',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('CalendarSync', () => {
  let sync: CalendarSync;
  let responses: Array<() => Response>;

  const fakeFetch = (async () => {
    const next = responses.shift();
    if (!next) throw new Error('no more canned responses');
    return next();
  }) as unknown as typeof fetch;

  beforeEach(() => {
    responses = [];
    sync = new CalendarSync({ remoteUrl: 'https://cal.example.com/team.ics', fetch: fakeFetch });
  });

  afterEach(() => sync.stop());

  it('imports events from the remote feed', async () => {
    responses.push(() => new Response(ICS, { status: 200, headers: { etag: '"v1"' } }));
    sync.start();
    const count = await waitForEvent<number>(sync, 'synced');
    expect(count).toBe(1);
    expect(sync.events[0].uid).toBe('standup-1');
  });

  it('surfaces server errors instead of hanging', async () => {
    responses.push(() => new Response('upstream down', { status: 503 }));
    sync.start();
    await expect(waitForEvent(sync, 'synced')).rejects.toThrow(/503/);
  });

  it('keeps the previous events on 304', async () => {
    responses.push(() => new Response(ICS, { status: 200, headers: { etag: '"v1"' } }));
    responses.push(() => new Response(null, { status: 304 }));
    sync.start();
    await waitForEvent(sync, 'synced');
    await waitForEvent(sync, 'synced', 5000);
    expect(sync.events).toHaveLength(1);
  });
});

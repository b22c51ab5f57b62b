// expect: none
// The deferreds are each resolved once by the test, and the event helper settles from one-shot handlers that remove each other.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(length: number): void;
};

interface Confirmation {
  lessonId: string;
  instructor: string;
  beach: string;
}

interface LessonEvent {
  lessonId: string;
  status: 'confirmed' | 'postponed' | 'cancelled';
  reason?: string;
}

interface Dispatcher {
  readonly events: EventEmitter;
  schedule(lessonId: string, windKnots: number): void;
}

declare function createDispatcher(deps: {
  confirmInstructor(lessonId: string): Promise<Confirmation>;
  minWindKnots: number;
  maxWindKnots: number;
}): Dispatcher;

function nextLessonEvent(events: EventEmitter): Promise<LessonEvent> {
  const { promise, resolve, reject } = Promise.withResolvers<LessonEvent>();
  const onLesson = (event: LessonEvent) => {
    events.off('error', onError);
    resolve(event);
  };
  const onError = (err: Error) => {
    events.off('lesson', onLesson);
    reject(err);
  };
  events.once('lesson', onLesson);
  events.once('error', onError);
  return promise;
}

describe('kite lesson dispatcher', () => {
  let confirmation: PromiseWithResolvers<Confirmation>;
  let confirmCalls: string[];
  let dispatcher: Dispatcher;

  beforeEach(() => {
    confirmation = Promise.withResolvers<Confirmation>();
    confirmCalls = [];
    dispatcher = createDispatcher({
      confirmInstructor: (lessonId) => {
        confirmCalls.push(lessonId);
        return confirmation.promise;
      },
      minWindKnots: 12,
      maxWindKnots: 28,
    });
  });

  it('confirms a lesson once the instructor accepts', async () => {
    const event = nextLessonEvent(dispatcher.events);
    dispatcher.schedule('L-204', 17);
    confirmation.resolve({ lessonId: 'L-204', instructor: 'Inês', beach: 'north spit' });

    expect(await event).toEqual({ lessonId: 'L-204', status: 'confirmed' });
    expect(confirmCalls).toEqual(['L-204']);
  });

  it('postpones without asking an instructor when the wind is too light', async () => {
    const event = nextLessonEvent(dispatcher.events);
    dispatcher.schedule('L-205', 8);

    const result = await event;
    expect(result.status).toBe('postponed');
    expect(confirmCalls).toHaveLength(0);
  });

  it('cancels when the instructor declines', async () => {
    const event = nextLessonEvent(dispatcher.events);
    dispatcher.schedule('L-206', 22);
    confirmation.reject(new Error('instructor unavailable'));

    const result = await event;
    expect(result.status).toBe('cancelled');
    expect(result.reason).toBe('instructor unavailable');
  });
});

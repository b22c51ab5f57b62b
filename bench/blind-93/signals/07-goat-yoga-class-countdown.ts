// expect: none
// The signal reaches fetch through a prebuilt init object, and the sleep, events.once and the interval iterator all take it too.
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep, setInterval as every } from 'node:timers/promises';

export interface ClassSession {
  id: string;
  title: string;
  startsAt: number;
  roomId: string;
}

export interface CountdownDeps {
  paddock: EventEmitter; // emits 'goats-in' when the handler confirms the pen gate is shut
  announce(roomId: string, text: string): Promise<void>;
}

const API = 'https://studio.example.com/api';

async function loadSession(classId: string, signal: AbortSignal): Promise<ClassSession> {
  const init: RequestInit = { headers: { accept: 'application/json' }, signal };
  const res = await fetch(`${API}/classes/${classId}`, init);
  if (!res.ok) throw new Error(`class ${classId}: HTTP ${res.status}`);
  return (await res.json()) as ClassSession;
}

export async function runCountdown(classId: string, deps: CountdownDeps, signal: AbortSignal): Promise<void> {
  const session = await loadSession(classId, signal);

  const leadMs = session.startsAt - Date.now() - 5 * 60_000;
  if (leadMs > 0) {
    await sleep(leadMs, undefined, { signal });
  }

  await deps.announce(session.roomId, `${session.title} starts in five minutes. Goats are on their way!`);

  const [pen] = (await once(deps.paddock, 'goats-in', { signal })) as [{ count: number }];
  await deps.announce(session.roomId, `${pen.count} goats are in the room. Please keep shoelaces tucked in.`);

  for await (const _ of every(60_000, undefined, { signal })) {
    const minutes = Math.round((session.startsAt - Date.now()) / 60_000);
    if (minutes <= 0) break;
    await deps.announce(session.roomId, `${minutes} minute${minutes === 1 ? '' : 's'} to go.`);
  }

  await deps.announce(session.roomId, 'Namaste. Class is starting.');
}

export function scheduleCountdowns(
  classIds: string[],
  deps: CountdownDeps,
): { cancel(): void; done: Promise<PromiseSettledResult<void>[]> } {
  const controller = new AbortController();
  const done = Promise.allSettled(classIds.map((id) => runCountdown(id, deps, controller.signal)));
  return { cancel: () => controller.abort(), done };
}

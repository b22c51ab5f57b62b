// expect: none
// opts.signal is forwarded to events.once, to the timers/promises interval driving the countdown, and to every announcer call, so aborting a launch stops the wait, the ticking and the PA announcement immediately.
import { EventEmitter, once } from 'node:events';
import { setInterval } from 'node:timers/promises';

export interface Announcer {
  say(text: string, opts: { signal: AbortSignal; priority?: 'normal' | 'urgent' }): Promise<void>;
}

export interface LaunchLine extends EventEmitter {
  readonly name: string;
  readonly teams: string[];
}

export interface CountdownOptions {
  signal: AbortSignal;
  seconds: number;
  callouts?: number[];
}

export interface LaunchRecord {
  line: string;
  teams: string[];
  launchedAt: Date;
}

export async function runLaunchCountdown(line: LaunchLine, announcer: Announcer, opts: CountdownOptions): Promise<LaunchRecord> {
  const { signal, seconds } = opts;
  const callouts = new Set(opts.callouts ?? [30, 10, 5, 4, 3, 2, 1]);

  // marshals raise the green flag once every anchor stake is checked
  await announcer.say(`${line.name}: waiting for marshals to clear the line`, { signal });
  await once(line, 'clear', { signal });

  let remaining = seconds;
  await announcer.say(`${line.name}: ${seconds} seconds to launch`, { signal, priority: 'urgent' });

  for await (const _ of setInterval(1_000, undefined, { signal })) {
    remaining -= 1;
    if (remaining <= 0) break;
    if (callouts.has(remaining)) {
      await announcer.say(String(remaining), { signal, priority: 'urgent' });
    }
  }

  await announcer.say(`Launch! ${line.teams.join(', ')} – let them fly`, { signal, priority: 'urgent' });
  line.emit('launched');
  return { line: line.name, teams: [...line.teams], launchedAt: new Date() };
}

export async function runMassAscent(lines: LaunchLine[], announcer: Announcer, signal: AbortSignal): Promise<LaunchRecord[]> {
  const records: LaunchRecord[] = [];
  for (const line of lines) {
    records.push(await runLaunchCountdown(line, announcer, { signal, seconds: 60 }));
  }
  return records;
}

// expect: none
// pilotName and boardedAt are set by the listener, but they are only read after awaiting the promise that the same listener resolves.
import { EventEmitter } from 'node:events';

interface PilotBoarded {
  imo: string;
  pilot: string;
  at: Date;
}

interface BerthPlan {
  imo: string;
  berth: string;
  pilot: string;
  boardedAt: Date;
  draughtM: number;
}

declare const harbourControl: EventEmitter & {
  requestPilot(imo: string, station: string): void;
  berthFor(imo: string, draughtM: number): Promise<string>;
};

declare function logMovement(line: string): void;

export async function bringAlongside(imo: string, draughtM: number, signal: AbortSignal, station = 'Outer Anchorage'): Promise<BerthPlan> {
  let pilotName = 'unassigned';
  let boardedAt: Date | undefined;

  const boarded = new Promise<void>((resolve, reject) => {
    const onBoarded = (ev: PilotBoarded) => {
      if (ev.imo !== imo) return;
      pilotName = ev.pilot;
      boardedAt = ev.at;
      cleanup();
      resolve();
    };
    const onAbort = () => {
      cleanup();
      reject(new Error(`pilot request for ${imo} aborted`));
    };
    const cleanup = () => {
      harbourControl.off('pilot-boarded', onBoarded);
      signal.removeEventListener('abort', onAbort);
    };
    harbourControl.on('pilot-boarded', onBoarded);
    signal.addEventListener('abort', onAbort, { once: true });
  });

  harbourControl.requestPilot(imo, station);

  // the berth allocation can be worked out while the pilot launch is on its way
  const berthLookup = harbourControl.berthFor(imo, draughtM);

  await boarded;
  const berth = await berthLookup;

  if (!boardedAt) throw new Error(`pilot boarded ${imo} without a timestamp`);
  logMovement(`${imo}: pilot ${pilotName} aboard at ${boardedAt.toISOString()}, proceeding to ${berth}`);

  return { imo, berth, pilot: pilotName, boardedAt, draughtM };
}

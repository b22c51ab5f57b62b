// expect: no-multiple-settle
// Bug: the async executor awaits openGate() before wiring reject; if openGate rejects the rejection is lost and the run promise never settles.
import { EventEmitter } from 'node:events';

interface GatePort extends EventEmitter {
  gateId: string;
  arm(): void;
  disarm(): void;
  close(): Promise<void>;
}

interface TripEvent {
  gateId: string;
  hrtimeNs: bigint;
  beamBreakMs: number;
}

interface TimedPass {
  vehicleId: string;
  entry: TripEvent;
  exit: TripEvent;
  mph: number;
}

declare function openGate(course: string, gateId: string): Promise<GatePort>;
declare const raceLog: { record(pass: TimedPass): Promise<void> };

const MILE_FEET = 5280;

function speedMph(entry: TripEvent, exit: TripEvent, trapFeet: number): number {
  const elapsedS = Number(exit.hrtimeNs - entry.hrtimeNs) / 1e9;
  if (elapsedS <= 0) throw new RangeError('exit trip precedes entry trip');
  return (trapFeet / MILE_FEET) / (elapsedS / 3600);
}

function nextTrip(port: GatePort): Promise<TripEvent> {
  return new Promise<TripEvent>((resolve, reject) => {
    const onTrip = (evt: TripEvent) => {
      port.off('fault', onFault);
      resolve(evt);
    };
    const onFault = (err: Error) => {
      port.off('trip', onTrip);
      reject(err);
    };
    port.once('trip', onTrip);
    port.once('fault', onFault);
  });
}

export function timeRun(
  course: string,
  vehicleId: string,
  trap: { entryGate: string; exitGate: string; feet: number },
): Promise<TimedPass> {
  return new Promise<TimedPass>(async (resolve, reject) => {
    const entryPort = await openGate(course, trap.entryGate);
    const exitPort = await openGate(course, trap.exitGate);

    const teardown = async () => {
      entryPort.disarm();
      exitPort.disarm();
      await Promise.allSettled([entryPort.close(), exitPort.close()]);
    };

    try {
      entryPort.arm();
      exitPort.arm();
      const entry = await nextTrip(entryPort);
      const exit = await nextTrip(exitPort);
      const pass: TimedPass = { vehicleId, entry, exit, mph: speedMph(entry, exit, trap.feet) };
      await raceLog.record(pass);
      resolve(pass);
    } catch (err) {
      reject(err);
    } finally {
      await teardown();
    }
  });
}

export function formatPass(pass: TimedPass): string {
  const beamOk = pass.entry.beamBreakMs < 40 && pass.exit.beamBreakMs < 40;
  return `${pass.vehicleId}: ${pass.mph.toFixed(3)} mph${beamOk ? '' : ' (beam dwell suspicious)'}`;
}

// expect: no-multiple-settle
// The timeout in waitForGondolaStop is never cleared, so after a 'stopped' or 'fault' settles the promise the timer still fires and calls reject again.
import { EventEmitter } from 'node:events';

export interface StopReport {
  gondola: number;
  angleDeg: number;
  brakePressureBar: number;
}

export interface DriveFault {
  code: string;
  gondola: number | null;
  detail: string;
}

export interface BoltCheck {
  gondola: number;
  torqueNm: number[];
  passed: boolean;
}

declare const driveController: EventEmitter & {
  stopAt(gondola: number): void;
  resume(): void;
};

declare const torqueWrench: {
  measureHub(gondola: number): Promise<number[]>;
};

declare const maintenanceLog: {
  record(entry: { gondola: number; kind: string; detail: string }): Promise<void>;
};

const MIN_TORQUE_NM = 310;
const MIN_BRAKE_BAR = 4.5;

function waitForGondolaStop(controller: EventEmitter, gondola: number, timeoutMs: number): Promise<StopReport> {
  return new Promise<StopReport>((resolve, reject) => {
    const onStopped = (report: StopReport) => {
      if (report.gondola !== gondola) return;
      controller.off('stopped', onStopped);
      controller.off('fault', onFault);
      resolve(report);
    };
    const onFault = (fault: DriveFault) => {
      controller.off('stopped', onStopped);
      controller.off('fault', onFault);
      reject(new Error(`drive fault ${fault.code} while stopping gondola ${gondola}: ${fault.detail}`));
    };

    controller.on('stopped', onStopped);
    controller.on('fault', onFault);
    setTimeout(() => {
      controller.off('stopped', onStopped);
      controller.off('fault', onFault);
      reject(new Error(`gondola ${gondola} did not reach the platform within ${timeoutMs}ms`));
    }, timeoutMs);
  });
}

async function checkGondola(gondola: number): Promise<BoltCheck> {
  driveController.stopAt(gondola);
  const stop = await waitForGondolaStop(driveController, gondola, 90_000);

  if (stop.brakePressureBar < MIN_BRAKE_BAR) {
    await maintenanceLog.record({
      gondola,
      kind: 'brake',
      detail: `brake pressure ${stop.brakePressureBar} bar at ${stop.angleDeg.toFixed(1)}°`,
    });
  }

  const torqueNm = await torqueWrench.measureHub(gondola);
  const passed = torqueNm.every((t) => t >= MIN_TORQUE_NM);
  if (!passed) {
    await maintenanceLog.record({
      gondola,
      kind: 'bolts',
      detail: `hub torque below ${MIN_TORQUE_NM}Nm: ${torqueNm.filter((t) => t < MIN_TORQUE_NM).join(', ')}`,
    });
  }
  return { gondola, torqueNm, passed };
}

export async function runMorningInspection(gondolaCount: number): Promise<BoltCheck[]> {
  const results: BoltCheck[] = [];
  try {
    for (let gondola = 1; gondola <= gondolaCount; gondola++) {
      results.push(await checkGondola(gondola));
    }
  } finally {
    driveController.resume();
  }
  return results;
}

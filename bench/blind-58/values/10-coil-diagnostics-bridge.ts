// expect: no-read-before-settle
// sweep() posts the request to the worker and immediately reads this.latestReport, which is only assigned in the 'message' listener, so it sees the previous (or no) report.
import { Worker } from "node:worker_threads";

export interface CoilMeasurement {
  coil: string;
  ohms: number;
}

export interface CoilReport {
  machineId: string;
  takenAt: number;
  coils: CoilMeasurement[];
}

export interface CoilFault {
  machineId: string;
  coil: string;
  ohms: number;
  verdict: "open" | "shorted" | "out-of-spec";
}

type DiagnosticsMessage =
  | { type: "coil-report"; report: CoilReport }
  | { type: "log"; line: string };

declare const benchLog: {
  info(line: string): void;
};

const OPEN_OHMS = 1_000;
const SHORT_OHMS = 0.5;
const SPEC: Record<string, [number, number]> = {
  "left-flipper": [3.2, 4.6],
  "right-flipper": [3.2, 4.6],
  "pop-bumper": [5.5, 7.5],
  "slingshot": [4.0, 5.5],
};

function classify(machineId: string, m: CoilMeasurement): CoilFault | null {
  if (m.ohms >= OPEN_OHMS) return { machineId, coil: m.coil, ohms: m.ohms, verdict: "open" };
  if (m.ohms <= SHORT_OHMS) return { machineId, coil: m.coil, ohms: m.ohms, verdict: "shorted" };
  const range = SPEC[m.coil];
  if (range && (m.ohms < range[0] || m.ohms > range[1])) {
    return { machineId, coil: m.coil, ohms: m.ohms, verdict: "out-of-spec" };
  }
  return null;
}

export class CoilDiagnosticsBridge {
  private latestReport: CoilReport | null = null;

  constructor(private readonly worker: Worker) {
    worker.on("message", (msg: DiagnosticsMessage) => {
      if (msg.type === "coil-report") {
        this.latestReport = msg.report;
      } else {
        benchLog.info(`[diag] ${msg.line}`);
      }
    });
  }

  static launch(scriptPath: string, port: string): CoilDiagnosticsBridge {
    return new CoilDiagnosticsBridge(new Worker(scriptPath, { workerData: { port } }));
  }

  sweep(machineId: string, coils: string[] = Object.keys(SPEC)): CoilFault[] {
    this.worker.postMessage({ type: "sweep", machineId, coils });
    const report = this.latestReport;
    if (!report || report.machineId !== machineId) {
      throw new Error(`no coil report for machine ${machineId}`);
    }
    return report.coils
      .map((m) => classify(machineId, m))
      .filter((fault): fault is CoilFault => fault !== null);
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

// expect: no-multiple-settle
// The async executor awaits fetchRoster before wiring resolve/reject; if that fetch rejects the returned promise never settles.
import { Worker } from 'node:worker_threads';

export interface DriverShift {
  driverId: string;
  startsAt: string;
  endsAt: string;
  qualifiedLines: string[];
}

export interface TramAssignment {
  tramNumber: number;
  line: string;
  driverId: string;
  pullOutAt: string;
}

interface SolverRequest {
  depot: string;
  serviceDay: string;
  shifts: DriverShift[];
  trams: Array<{ number: number; inspectionDue: string }>;
}

type SolverMessage =
  | { kind: 'progress'; percent: number }
  | { kind: 'done'; assignments: TramAssignment[] }
  | { kind: 'infeasible'; reason: string };

declare function fetchRoster(depot: string, serviceDay: string): Promise<DriverShift[]>;
declare function fetchFleet(depot: string): Promise<Array<{ number: number; inspectionDue: string }>>;
declare const solverScript: URL;
declare const progressBar: { update(depot: string, percent: number): void };

export function buildDepotSchedule(depot: string, serviceDay: string): Promise<TramAssignment[]> {
  return new Promise<TramAssignment[]>(async (resolve, reject) => {
    const [shifts, trams] = await Promise.all([fetchRoster(depot, serviceDay), fetchFleet(depot)]);
    const usable = trams.filter((t) => t.inspectionDue > serviceDay);
    if (usable.length === 0) {
      reject(new Error(`depot ${depot} has no trams cleared for ${serviceDay}`));
      return;
    }

    const request: SolverRequest = { depot, serviceDay, shifts, trams: usable };
    const worker = new Worker(solverScript, { workerData: request });

    // The solver script posts exactly one terminal message and then returns, so the thread exits on its own.
    let finished = false;
    worker.on('message', (msg: SolverMessage) => {
      switch (msg.kind) {
        case 'progress':
          progressBar.update(depot, msg.percent);
          break;
        case 'done':
          finished = true;
          resolve(msg.assignments);
          break;
        case 'infeasible':
          finished = true;
          reject(new Error(`no feasible schedule for ${depot}: ${msg.reason}`));
          break;
      }
    });
    worker.once('error', (err) => {
      finished = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!finished) reject(new Error(`solver exited with code ${code} before finishing`));
    });
  });
}

export function earliestPullOut(assignments: TramAssignment[]): string | undefined {
  return assignments.map((a) => a.pullOutAt).sort()[0];
}

export function assignmentsByLine(assignments: TramAssignment[]): Map<string, TramAssignment[]> {
  const byLine = new Map<string, TramAssignment[]>();
  for (const a of assignments) {
    const list = byLine.get(a.line) ?? [];
    list.push(a);
    byLine.set(a.line, list);
  }
  for (const list of byLine.values()) list.sort((x, y) => x.pullOutAt.localeCompare(y.pullOutAt));
  return byLine;
}

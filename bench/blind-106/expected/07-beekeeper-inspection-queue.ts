// expect: none
// The method references handed to Promise.all's map and to the serial queue are exactly what those APIs expect (functions they invoke themselves), and every promise they return is awaited.
export interface Hive {
  id: string;
  apiary: string;
  frames: number;
}

export interface InspectionReport {
  hiveId: string;
  broodFrames: number;
  queenSeen: boolean;
  queenCells: number;
}

export interface HiveScale {
  inspect(hiveId: string): Promise<Omit<InspectionReport, 'hiveId'>>;
}

export interface AlertLog {
  write(line: string): Promise<void>;
}

/** Runs tasks one after another; each caller gets its own task's outcome. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

export class ApiaryRound {
  private readonly queue = new SerialQueue();
  private readonly pendingLines: string[] = [];

  constructor(private readonly scale: HiveScale, private readonly log: AlertLog) {}

  readonly inspectHive = async (hive: Hive): Promise<InspectionReport> => {
    const result = await this.scale.inspect(hive.id);
    if (result.queenCells > 0) this.pendingLines.push(`${hive.apiary}/${hive.id}: ${result.queenCells} queen cells, swarm prep likely`);
    if (!result.queenSeen && result.broodFrames === 0) this.pendingLines.push(`${hive.apiary}/${hive.id}: possibly queenless`);
    return { hiveId: hive.id, ...result };
  };

  readonly flushAlerts = async (): Promise<number> => {
    const lines = this.pendingLines.splice(0);
    for (const line of lines) await this.log.write(line);
    return lines.length;
  };

  async run(hives: Hive[]): Promise<{ reports: InspectionReport[]; alerts: number }> {
    const reports = await Promise.all(hives.map(this.inspectHive));
    const alerts = await this.queue.enqueue(this.flushAlerts);
    return { reports, alerts };
  }
}

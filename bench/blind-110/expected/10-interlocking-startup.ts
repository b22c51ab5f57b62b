// expect: no-uncalled-async-function
// start() puts this.runLampProvingTest into the startup array without calling it, so Promise.all treats the method as an already-resolved value and the signal lamps are never proved before the interlocking reports ready.
import { EventEmitter } from 'node:events';

export interface ObjectController {
  id: string;
  connect(): Promise<void>;
  proveLamp(signalId: string): Promise<{ filamentOk: boolean; currentMa: number }>;
}

export interface RouteTableSource {
  load(): Promise<Array<{ routeId: string; entry: string; exit: string; sections: string[] }>>;
}

export type InterlockingState = 'cold' | 'starting' | 'ready' | 'degraded';

export class InterlockingStartup extends EventEmitter {
  private state: InterlockingState = 'cold';
  private routes = new Map<string, string[]>();
  private readonly failedLamps: string[] = [];

  constructor(
    private readonly table: RouteTableSource,
    private readonly controllers: ObjectController[],
    private readonly signalIds: string[],
  ) {
    super();
  }

  get current(): InterlockingState {
    return this.state;
  }

  async start(): Promise<void> {
    if (this.state !== 'cold') throw new Error(`cannot start from ${this.state}`);
    this.state = 'starting';
    await this.connectObjectControllers();
    const startup = [this.loadRouteTable(), this.runLampProvingTest];
    await Promise.all(startup);
    this.state = this.failedLamps.length ? 'degraded' : 'ready';
    this.emit('state', this.state, { routes: this.routes.size, failedLamps: [...this.failedLamps] });
  }

  private async loadRouteTable(): Promise<void> {
    const rows = await this.table.load();
    this.routes = new Map(rows.map((r) => [r.routeId, r.sections]));
    if (this.routes.size === 0) throw new Error('route table is empty');
  }

  private async connectObjectControllers(): Promise<void> {
    await Promise.all(this.controllers.map((oc) => oc.connect()));
  }

  private async runLampProvingTest(): Promise<void> {
    for (const signalId of this.signalIds) {
      const oc = this.controllers.find((c) => signalId.startsWith(c.id));
      if (!oc) throw new Error(`no object controller for signal ${signalId}`);
      const { filamentOk, currentMa } = await oc.proveLamp(signalId);
      if (!filamentOk || currentMa < 60) this.failedLamps.push(signalId);
    }
  }
}

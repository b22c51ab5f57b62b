// expect: no-uncalled-async-function
// The Promise.all in stormShutdown lists `this.lockRotor` without calling it, so the rotor lock never runs while the shutdown reports success.
import { EventEmitter } from 'node:events';

export type TurbineState = 'generating' | 'feathering' | 'parked' | 'locked' | 'fault';

interface ScadaClient {
  send(turbineId: string, command: string, args?: Record<string, unknown>): Promise<{ ok: boolean; detail?: string }>;
  readWindSpeed(turbineId: string): Promise<number>;
}

declare const scada: ScadaClient;

export class TurbineController extends EventEmitter {
  private state: TurbineState = 'generating';

  constructor(
    readonly turbineId: string,
    private readonly client: ScadaClient = scada,
  ) {
    super();
  }

  get currentState(): TurbineState {
    return this.state;
  }

  private async command(cmd: string, args?: Record<string, unknown>): Promise<void> {
    const res = await this.client.send(this.turbineId, cmd, args);
    if (!res.ok) {
      this.transition('fault');
      throw new Error(`${this.turbineId}: ${cmd} failed${res.detail ? ` (${res.detail})` : ''}`);
    }
  }

  private transition(next: TurbineState): void {
    const prev = this.state;
    this.state = next;
    this.emit('state', { turbineId: this.turbineId, prev, next });
  }

  async featherBlades(): Promise<void> {
    this.transition('feathering');
    await this.command('PITCH', { angleDeg: 90 });
  }

  async parkYaw(headingDeg: number): Promise<void> {
    await this.command('YAW', { headingDeg, mode: 'park' });
    this.transition('parked');
  }

  async lockRotor(): Promise<void> {
    await this.command('BRAKE', { level: 'full' });
    await this.command('ROTOR_LOCK', { engage: true });
    this.transition('locked');
  }

  async notifyGridOperator(reason: string): Promise<void> {
    await this.command('GRID_NOTICE', { reason, curtailMw: 'all' });
  }

  async stormShutdown(windHeadingDeg: number): Promise<TurbineState> {
    await this.featherBlades();
    await Promise.all([this.parkYaw((windHeadingDeg + 180) % 360), this.lockRotor, this.notifyGridOperator('storm cut-out')]);
    return this.state;
  }
}

export async function shutdownFarmIfNeeded(turbines: TurbineController[], cutOutMps = 25, windHeadingDeg = 270): Promise<string[]> {
  const speeds = await Promise.all(turbines.map((t) => scada.readWindSpeed(t.turbineId)));
  const worst = Math.max(...speeds);
  if (worst < cutOutMps) return [];

  const results = await Promise.allSettled(turbines.map((t) => t.stormShutdown(windHeadingDeg)));
  return results.flatMap((r, i) => (r.status === 'rejected' ? [turbines[i].turbineId] : []));
}

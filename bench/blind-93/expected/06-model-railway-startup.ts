// expect: no-uncalled-async-function
// Promise.all lists `this.syncTurnouts` without calling it, so turnout positions are never read before the layout reports ready.
import { EventEmitter } from 'node:events';

export type TurnoutState = 'closed' | 'thrown' | 'unknown';
export type Aspect = 'red' | 'yellow' | 'double-yellow' | 'green';

interface CommandStation {
  power(on: boolean): Promise<void>;
  readTurnout(address: number): Promise<TurnoutState>;
  readSignal(address: number): Promise<Aspect>;
  roster(): Promise<Array<{ address: number; name: string }>>;
}

export class LayoutStartup extends EventEmitter {
  readonly turnouts = new Map<number, TurnoutState>();
  readonly signals = new Map<number, Aspect>();
  roster: Array<{ address: number; name: string }> = [];
  private ready = false;

  constructor(
    private readonly cs: CommandStation,
    private readonly turnoutAddresses: number[],
    private readonly signalAddresses: number[],
  ) {
    super();
  }

  async start(): Promise<void> {
    await this.cs.power(true);
    await Promise.all([this.loadRoster(), this.syncTurnouts, this.syncSignals()]);
    this.ready = true;
    this.emit('ready', {
      turnouts: this.turnouts.size,
      signals: this.signals.size,
      locos: this.roster.length,
    });
  }

  private async loadRoster(): Promise<void> {
    this.roster = await this.cs.roster();
  }

  private async syncTurnouts(): Promise<void> {
    for (const address of this.turnoutAddresses) {
      // the LocoNet bus drops packets if we flood it, so read one at a time
      this.turnouts.set(address, await this.cs.readTurnout(address));
    }
  }

  private async syncSignals(): Promise<void> {
    const aspects = await Promise.all(this.signalAddresses.map((a) => this.cs.readSignal(a)));
    this.signalAddresses.forEach((a, i) => this.signals.set(a, aspects[i]));
  }

  routeIsSet(route: Array<[number, TurnoutState]>): boolean {
    if (!this.ready) return false;
    return route.every(([address, wanted]) => this.turnouts.get(address) === wanted);
  }

  async shutdown(): Promise<void> {
    this.ready = false;
    await this.cs.power(false);
    this.removeAllListeners();
  }
}

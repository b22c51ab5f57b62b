// expect: none
// Device events are handled by a sync listener that hands the async rule run to void ...catch(), a deliberate and observed fire-and-forget.
import { EventEmitter } from 'node:events';

type DeviceEvent =
  | { kind: 'motion'; deviceId: string; room: string; at: number }
  | { kind: 'door'; deviceId: string; open: boolean; at: number }
  | { kind: 'temperature'; deviceId: string; celsius: number; at: number };

interface Rule {
  name: string;
  matches(evt: DeviceEvent): boolean;
  run(evt: DeviceEvent, hub: HubClient): Promise<void>;
}

interface HubClient {
  setLight(room: string, on: boolean, level?: number): Promise<void>;
  setThermostat(target: number): Promise<void>;
  notify(message: string): Promise<void>;
}

declare const hub: HubClient;
declare const logger: { error(msg: string, err: unknown): void; debug(msg: string): void };

const rules: Rule[] = [
  {
    name: 'hallway-night-light',
    matches: (e) => e.kind === 'motion' && e.room === 'hallway',
    async run(e, h) {
      const hour = new Date(e.at).getHours();
      if (hour >= 22 || hour < 6) {
        await h.setLight('hallway', true, 20);
      }
    },
  },
  {
    name: 'front-door-alert',
    matches: (e) => e.kind === 'door' && e.open,
    async run(e, h) {
      await h.notify(`Front door opened (${e.deviceId}) at ${new Date(e.at).toLocaleTimeString()}`);
    },
  },
  {
    name: 'heat-guard',
    matches: (e) => e.kind === 'temperature' && e.celsius > 27,
    async run(_e, h) {
      await h.setThermostat(23);
    },
  },
];

export class RuleEngine {
  private running = new Map<string, number>();

  constructor(
    private readonly bus: EventEmitter,
    private readonly ruleSet: Rule[] = rules,
  ) {}

  start(): void {
    this.bus.on('device-event', (evt: DeviceEvent) => {
      for (const rule of this.ruleSet) {
        if (!rule.matches(evt)) continue;
        void this.execute(rule, evt).catch((err) => logger.error(`rule ${rule.name} failed`, err));
      }
    });
  }

  stop(): void {
    this.bus.removeAllListeners('device-event');
  }

  get inFlight(): number {
    let total = 0;
    for (const n of this.running.values()) total += n;
    return total;
  }

  private async execute(rule: Rule, evt: DeviceEvent): Promise<void> {
    this.running.set(rule.name, (this.running.get(rule.name) ?? 0) + 1);
    try {
      logger.debug(`running ${rule.name} for ${evt.deviceId}`);
      await rule.run(evt, this.hubFor(evt));
    } finally {
      this.running.set(rule.name, (this.running.get(rule.name) ?? 1) - 1);
    }
  }

  private hubFor(_evt: DeviceEvent): HubClient {
    return hub;
  }
}

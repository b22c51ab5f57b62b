// expect: none
// Async handlers are registered as listener callbacks, isOnDuty is a plain boolean getter, and the async check is called and awaited in the condition.
import { EventEmitter, once } from 'node:events';

export interface RadioMessage {
  from: string;
  channel: number;
  text: string;
  priority: 'routine' | 'urgent' | 'mayday';
}

interface BuoyStatus {
  id: string;
  waveHeightM: number;
  ripCurrent: boolean;
}

declare const radio: EventEmitter & {
  connect(channel: number): void;
  transmit(channel: number, text: string): Promise<void>;
};

declare const buoyNetwork: {
  read(id: string): Promise<BuoyStatus>;
};

declare const dispatch: {
  hasLineOfSight(from: string, to: string): Promise<boolean>;
  launchJetSki(tower: string, location: string): Promise<string>;
};

export class TowerStation {
  private shiftEndsAt: number | null = null;
  private pollTimer?: NodeJS.Timeout;
  private readonly redFlags = new Set<string>();

  constructor(
    readonly towerId: string,
    private readonly buoys: string[],
  ) {}

  get isOnDuty(): boolean {
    return this.shiftEndsAt !== null && Date.now() < this.shiftEndsAt;
  }

  async startShift(hours: number): Promise<void> {
    this.shiftEndsAt = Date.now() + hours * 3_600_000;
    radio.on('message', this.onMessage);
    radio.connect(16);
    await once(radio, 'connected');
    this.pollTimer = setInterval(this.pollBuoys, 60_000);
    await this.pollBuoys();
  }

  endShift(): void {
    clearInterval(this.pollTimer);
    radio.off('message', this.onMessage);
    this.shiftEndsAt = null;
  }

  private readonly pollBuoys = async (): Promise<void> => {
    const results = await Promise.allSettled(this.buoys.map((id) => buoyNetwork.read(id)));
    for (const r of results) {
      if (r.status !== 'fulfilled') continue;
      const { id, waveHeightM, ripCurrent } = r.value;
      const dangerous = ripCurrent || waveHeightM > 2.5;
      if (dangerous && !this.redFlags.has(id)) {
        this.redFlags.add(id);
        await radio.transmit(16, `${this.towerId}: red flag near ${id}`).catch(() => {});
      } else if (!dangerous) {
        this.redFlags.delete(id);
      }
    }
  };

  private readonly onMessage = async (msg: RadioMessage): Promise<void> => {
    if (!this.isOnDuty || msg.priority === 'routine') return;
    try {
      if (await dispatch.hasLineOfSight(this.towerId, msg.from)) {
        await radio.transmit(msg.channel, `${this.towerId} has visual, standing by`);
        return;
      }
      if (msg.priority === 'mayday') {
        const unit = await dispatch.launchJetSki(this.towerId, msg.from);
        await radio.transmit(msg.channel, `${this.towerId} launching ${unit} to ${msg.from}`);
      }
    } catch (err) {
      radio.emit('error', err);
    }
  };
}

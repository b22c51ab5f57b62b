// expect: none
// `if (this.hooks.beforeLaunch)` tests an optional hook for presence before calling it, and the method references handed out by handlers() are arrow fields meant to be called later by the PA console.
export interface Slot {
  id: string;
  team: string;
  field: 'north' | 'south' | 'beach';
  giant: boolean;
}

export interface LaunchHooks {
  /** Return false to hold the launch (e.g. the safety marshal has not cleared the line). */
  beforeLaunch?: (slot: Slot) => Promise<boolean>;
  afterLaunch?: (slot: Slot, airborneAt: Date) => Promise<void>;
}

declare const pa: { announce(text: string): Promise<void> };
declare const marshals: { clearField(field: Slot['field'], giant: boolean): Promise<void> };

export class LaunchBoard {
  private readonly queue: Slot[] = [];
  private readonly flown: Array<{ slot: Slot; at: Date }> = [];

  constructor(private readonly hooks: LaunchHooks = {}) {}

  add(slot: Slot): void {
    this.queue.push(slot);
  }

  readonly launchNext = async (): Promise<Slot | null> => {
    const slot = this.queue[0];
    if (!slot) return null;

    if (this.hooks.beforeLaunch) {
      const cleared = await this.hooks.beforeLaunch(slot);
      if (!cleared) {
        await pa.announce(`${slot.team}, please hold: the ${slot.field} field is not clear yet.`);
        return null;
      }
    }

    await marshals.clearField(slot.field, slot.giant);
    await pa.announce(`Next up on the ${slot.field} field: ${slot.team}!`);
    this.queue.shift();
    const at = new Date();
    this.flown.push({ slot, at });

    if (this.hooks.afterLaunch) await this.hooks.afterLaunch(slot, at);
    return slot;
  };

  readonly scratch = async (slotId: string): Promise<boolean> => {
    const i = this.queue.findIndex((s) => s.id === slotId);
    if (i < 0) return false;
    const [slot] = this.queue.splice(i, 1);
    await pa.announce(`${slot.team} has withdrawn from today's line-up.`);
    return true;
  };

  /** Buttons on the PA console get these and call them when pressed. */
  handlers(): { next: () => Promise<Slot | null>; scratch: (slotId: string) => Promise<boolean> } {
    return { next: this.launchNext, scratch: this.scratch };
  }

  summary(): string {
    return this.flown.map(({ slot, at }) => `${at.toTimeString().slice(0, 5)} ${slot.team} (${slot.field})`).join('\n');
  }
}

// expect: no-reused-settled-promise
// waitForPliableRibs requests the steam-box status once and then polls by re-awaiting that same settled promise, so the reading never changes.
import { setTimeout as sleep } from 'node:timers/promises';
import { EventEmitter } from 'node:events';

export interface SteamBoxStatus {
  boxId: string;
  chamberTempC: number;
  minutesAtTemp: number;
  ribCount: number;
}

export interface RibBendPlan {
  boxId: string;
  species: 'white-oak' | 'ash' | 'cedar';
  ribThicknessMm: number;
}

declare const steamController: {
  status(boxId: string): Promise<SteamBoxStatus>;
  vent(boxId: string): Promise<void>;
};

const TARGET_TEMP_C = 98;

function requiredMinutes(plan: RibBendPlan): number {
  const perInch = plan.species === 'cedar' ? 45 : 60;
  return Math.ceil((plan.ribThicknessMm / 25.4) * perInch);
}

export async function waitForPliableRibs(
  plan: RibBendPlan,
  deadlineMs: number,
  pollEveryMs = 30_000,
): Promise<SteamBoxStatus> {
  const needed = requiredMinutes(plan);
  const deadline = Date.now() + deadlineMs;
  const current = steamController.status(plan.boxId);

  for (;;) {
    const status = await current;
    if (status.chamberTempC >= TARGET_TEMP_C && status.minutesAtTemp >= needed) {
      return status;
    }
    if (Date.now() + pollEveryMs > deadline) break;
    await sleep(pollEveryMs);
  }
  throw new Error(`ribs in ${plan.boxId} not pliable after ${Math.round(deadlineMs / 60_000)} minutes`);
}

export class BendingBench extends EventEmitter {
  private readonly formsInUse = new Set<string>();

  constructor(private readonly forms: string[]) {
    super();
  }

  private claimForm(): string {
    const free = this.forms.find((f) => !this.formsInUse.has(f));
    if (!free) throw new Error('all hull forms are occupied');
    this.formsInUse.add(free);
    return free;
  }

  release(form: string): void {
    this.formsInUse.delete(form);
    this.emit('form-free', form);
  }

  async bendBatch(plan: RibBendPlan): Promise<{ form: string; ribs: number }> {
    const form = this.claimForm();
    try {
      const status = await waitForPliableRibs(plan, 3 * 60 * 60_000);
      await steamController.vent(plan.boxId);
      this.emit('bending', { form, ribs: status.ribCount, species: plan.species });
      return { form, ribs: status.ribCount };
    } catch (err) {
      this.release(form);
      throw err;
    }
  }
}

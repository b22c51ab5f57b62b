// expect: none
// The press state and member quota come from async calls but are awaited inside parentheses before the ===, the ?? default and the truthiness check, so the slot decision uses real values.
export type PressState = 'idle' | 'loading' | 'pressing' | 'cleaning';

export interface PressController {
  state(pressNo: number): Promise<PressState>;
}

export interface QuotaBook {
  remainingBushels(memberId: string): Promise<number | undefined>;
  hasUnpaidDues(memberId: string): Promise<boolean>;
}

export interface SlotRequest {
  memberId: string;
  bushels: number;
  preferredPress: number;
}

export interface SlotDecision {
  memberId: string;
  pressNo: number | null;
  reason: string;
}

const DEFAULT_SEASON_QUOTA = 40;

export class SlotAllocator {
  constructor(
    private readonly presses: PressController,
    private readonly quotas: QuotaBook,
    private readonly pressCount: number,
  ) {}

  async allocate(req: SlotRequest): Promise<SlotDecision> {
    if (await this.quotas.hasUnpaidDues(req.memberId)) {
      return { memberId: req.memberId, pressNo: null, reason: 'dues outstanding' };
    }

    const remaining = (await this.quotas.remainingBushels(req.memberId)) ?? DEFAULT_SEASON_QUOTA;
    if (req.bushels > remaining) {
      return { memberId: req.memberId, pressNo: null, reason: `only ${remaining} bushels left this season` };
    }

    if ((await this.presses.state(req.preferredPress)) === 'idle') {
      return { memberId: req.memberId, pressNo: req.preferredPress, reason: 'preferred press free' };
    }

    for (let pressNo = 1; pressNo <= this.pressCount; pressNo++) {
      if (pressNo === req.preferredPress) continue;
      const state = await this.presses.state(pressNo);
      if (state === 'idle') {
        return { memberId: req.memberId, pressNo, reason: `press ${req.preferredPress} busy` };
      }
    }
    return { memberId: req.memberId, pressNo: null, reason: 'all presses busy' };
  }
}

// expect: no-unobserved-promise
// All winch self-tests are started into an array but the loop returns on the first failure, leaving later tests unobserved if they reject.
export interface Winch {
  id: string;
  lineSet: number;
  capacityKg: number;
}

export interface SelfTest {
  winchId: string;
  brakeHoldKg: number;
  encoderDrift: number;
  ok: boolean;
}

declare const rigControl: {
  listWinches(stage: string): Promise<Winch[]>;
  selfTest(winchId: string): Promise<SelfTest>;
  lockOut(winchId: string, reason: string): Promise<void>;
};

declare const stageManagerPager: {
  page(message: string): Promise<void>;
};

export interface PreflightResult {
  stage: string;
  cleared: string[];
  blockedBy?: string;
}

function describeFailure(test: SelfTest): string {
  if (test.brakeHoldKg <= 0) return "brake did not hold";
  if (Math.abs(test.encoderDrift) > 2) return `encoder drift ${test.encoderDrift}mm`;
  return "self-test failed";
}

export async function preflightFlySystem(stage: string): Promise<PreflightResult> {
  const winches = await rigControl.listWinches(stage);
  const ordered = [...winches].sort((a, b) => a.lineSet - b.lineSet);
  const tests: Promise<SelfTest>[] = [];
  for (const winch of ordered) {
    tests.push(rigControl.selfTest(winch.id));
  }

  const cleared: string[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const result = await tests[i];
    if (!result.ok || result.brakeHoldKg < ordered[i].capacityKg * 1.25) {
      const reason = describeFailure(result);
      await rigControl.lockOut(result.winchId, reason);
      await stageManagerPager.page(`Fly preflight halted on ${stage}: LS${ordered[i].lineSet} ${reason}`);
      return { stage, cleared, blockedBy: result.winchId };
    }
    cleared.push(result.winchId);
  }
  return { stage, cleared };
}

export function heaviestLineSet(winches: Winch[]): Winch | undefined {
  return winches.reduce<Winch | undefined>(
    (max, w) => (!max || w.capacityKg > max.capacityKg ? w : max),
    undefined,
  );
}

export function summarize(result: PreflightResult): string {
  if (result.blockedBy) {
    return `${result.stage}: ${result.cleared.length} cleared, blocked by ${result.blockedBy}`;
  }
  return `${result.stage}: all ${result.cleared.length} winches cleared`;
}

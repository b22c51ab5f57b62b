// expect: none
// The tension read is started early but converted to a result object with both handlers attached immediately, so it can never reject unobserved.
export interface StringTension {
  string: string;
  newtons: number;
}

export interface HomingReport {
  rigId: string;
  tensions: StringTension[];
  slackStrings: string[];
  barLevel: boolean;
}

declare const rigBus: {
  readTensions(rigId: string): Promise<StringTension[]>;
  lockControlBar(rigId: string): Promise<void>;
  homeStrings(rigId: string, strings: string[]): Promise<void>;
  barAngleDeg(rigId: string): Promise<number>;
  unlockControlBar(rigId: string): Promise<void>;
};

declare const stageManager: {
  rigStrings(rigId: string): Promise<string[]>;
  notifyPuppeteer(rigId: string, message: string): Promise<void>;
};

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settle<T>(promise: Promise<T>): Promise<Outcome<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

const SLACK_NEWTONS = 0.8;

export async function homeRig(rigId: string): Promise<HomingReport> {
  const tensionRead = settle(rigBus.readTensions(rigId));

  const strings = await stageManager.rigStrings(rigId);
  await rigBus.lockControlBar(rigId);
  try {
    await rigBus.homeStrings(rigId, strings);
    const [angle, tension] = await Promise.all([rigBus.barAngleDeg(rigId), tensionRead]);

    if (!tension.ok) {
      throw new Error(`could not read tensions on ${rigId} before homing`, { cause: tension.error });
    }

    const slackStrings = tension.value.filter((t) => t.newtons < SLACK_NEWTONS).map((t) => t.string);
    if (slackStrings.length > 0) {
      await stageManager.notifyPuppeteer(rigId, `re-tie before the show: ${slackStrings.join(', ')}`);
    }
    return {
      rigId,
      tensions: tension.value,
      slackStrings,
      barLevel: Math.abs(angle) < 1.5,
    };
  } finally {
    await rigBus.unlockControlBar(rigId);
  }
}

export async function homeAllRigs(rigIds: string[]): Promise<Map<string, HomingReport>> {
  const reports = new Map<string, HomingReport>();
  for (const rigId of rigIds) {
    reports.set(rigId, await homeRig(rigId));
  }
  return reports;
}

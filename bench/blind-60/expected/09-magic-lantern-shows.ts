// expect: no-reused-settled-promise
// waitForLampWarm requests the lamp status once and then polls by re-awaiting that same settled promise, so it never sees the lamp warm up.
export interface LanternStatus {
  lanternId: string;
  lampTempC: number;
  slideLoaded: boolean;
  shutterOpen: boolean;
}

export interface Slide {
  id: string;
  title: string;
  holdMs: number;
  dissolveMs: number;
}

export interface ShowPlan {
  showId: string;
  lanterns: [string, string];
  slides: Slide[];
}

declare const lanternRig: {
  status(lanternId: string): Promise<LanternStatus>;
  ignite(lanternId: string): Promise<void>;
  loadSlide(lanternId: string, slideId: string): Promise<void>;
  dissolve(from: string, to: string, ms: number): Promise<void>;
  douse(lanternId: string): Promise<void>;
};

declare function sleep(ms: number): Promise<void>;

const WARM_LAMP_C = 310;

export async function waitForLampWarm(lanternId: string, timeoutMs = 90_000): Promise<LanternStatus> {
  const deadline = Date.now() + timeoutMs;
  const status = lanternRig.status(lanternId);
  let last: LanternStatus | undefined;
  while (Date.now() < deadline) {
    last = await status;
    if (last.lampTempC >= WARM_LAMP_C) return last;
    await sleep(2_000);
  }
  throw new Error(
    `lantern ${lanternId} still cold after ${timeoutMs}ms (${last?.lampTempC ?? 'unknown'}C)`,
  );
}

export async function runShow(plan: ShowPlan, onSlide?: (slide: Slide, index: number) => void): Promise<number> {
  const [left, right] = plan.lanterns;
  await Promise.all([lanternRig.ignite(left), lanternRig.ignite(right)]);
  await Promise.all([waitForLampWarm(left), waitForLampWarm(right)]);

  let shown = 0;
  let active = left;
  let idle = right;
  try {
    if (plan.slides.length === 0) return 0;
    await lanternRig.loadSlide(active, plan.slides[0].id);
    for (let i = 0; i < plan.slides.length; i++) {
      const slide = plan.slides[i];
      onSlide?.(slide, i);
      const next = plan.slides[i + 1];
      if (next) await lanternRig.loadSlide(idle, next.id);
      await sleep(slide.holdMs);
      shown++;
      if (next) {
        await lanternRig.dissolve(active, idle, next.dissolveMs);
        [active, idle] = [idle, active];
      }
    }
  } finally {
    await Promise.all([lanternRig.douse(left), lanternRig.douse(right)]);
  }
  return shown;
}

export function showLengthMs(plan: ShowPlan): number {
  return plan.slides.reduce((ms, s, i) => ms + s.holdMs + (i > 0 ? s.dissolveMs : 0), 0);
}

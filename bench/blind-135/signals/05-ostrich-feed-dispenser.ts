// expect: none
// The race against the jam timer clears that timer and removes the abort listener in finally, and aborts the dispense request when it loses, so nothing outlives the race.
export interface DispenserClient {
  dispense(penId: string, grams: number, opts: { signal: AbortSignal }): Promise<{ dispensedG: number }>;
}

export interface FeedingPlan {
  penId: string;
  birds: number;
  gramsPerBird: number;
}

export class DispenserJam extends Error {
  constructor(readonly penId: string, readonly afterMs: number) {
    super(`feed dispenser in pen ${penId} did not finish within ${afterMs}ms`);
    this.name = 'DispenserJam';
  }
}

export async function dispenseWithDeadline(
  client: DispenserClient,
  plan: FeedingPlan,
  deadlineMs: number,
  signal?: AbortSignal,
): Promise<number> {
  signal?.throwIfAborted();
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const jam = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DispenserJam(plan.penId, deadlineMs)), deadlineMs);
  });

  const work = client
    .dispense(plan.penId, plan.birds * plan.gramsPerBird, { signal: controller.signal })
    .then((r) => r.dispensedG);

  try {
    return await Promise.race([work, jam]);
  } catch (err) {
    controller.abort(err);
    throw err;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

export interface FeedingRound {
  fed: Array<{ penId: string; grams: number }>;
  jammed: string[];
}

export async function morningRound(
  client: DispenserClient,
  plans: FeedingPlan[],
  signal?: AbortSignal,
): Promise<FeedingRound> {
  const round: FeedingRound = { fed: [], jammed: [] };
  for (const plan of plans) {
    try {
      const grams = await dispenseWithDeadline(client, plan, 45_000, signal);
      round.fed.push({ penId: plan.penId, grams });
    } catch (err) {
      if (err instanceof DispenserJam) {
        round.jammed.push(plan.penId);
        continue;
      }
      throw err;
    }
  }
  return round;
}

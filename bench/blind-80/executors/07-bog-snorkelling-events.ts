// expect: no-multiple-settle
// waitForHeatStart uses an async executor whose first await (heatsApi.get) can reject, and that rejection is lost so the returned promise never settles.
export type HeatStatus = 'scheduled' | 'marshalling' | 'started' | 'finished' | 'abandoned';

export interface Heat {
  id: string;
  trenchLengthM: number;
  status: HeatStatus;
  startedAt: string | null;
  snorkellers: string[];
}

export interface HeatStart {
  heatId: string;
  startedAt: Date;
  snorkellers: string[];
}

declare const heatsApi: {
  get(heatId: string): Promise<Heat>;
};

declare const startLine: {
  subscribe(heatId: string, listener: (event: { heatId: string; at: string; status: HeatStatus }) => void): () => void;
};

declare const timingMats: {
  arm(heatId: string, snorkellers: string[]): Promise<void>;
  readSplits(heatId: string): Promise<Array<{ snorkeller: string; seconds: number }>>;
};

function waitForHeatStart(heatId: string, timeoutMs: number): Promise<HeatStart> {
  return new Promise<HeatStart>(async (resolve, reject) => {
    const heat = await heatsApi.get(heatId);
    if (heat.status === 'started' && heat.startedAt) {
      resolve({ heatId, startedAt: new Date(heat.startedAt), snorkellers: heat.snorkellers });
      return;
    }
    if (heat.status === 'finished' || heat.status === 'abandoned') {
      reject(new Error(`heat ${heatId} is already ${heat.status}`));
      return;
    }

    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`heat ${heatId} was not started within ${timeoutMs / 60_000} minutes`));
    }, timeoutMs);

    const unsubscribe = startLine.subscribe(heatId, (event) => {
      if (event.status === 'marshalling') return;
      clearTimeout(timer);
      unsubscribe();
      if (event.status === 'started') {
        resolve({ heatId, startedAt: new Date(event.at), snorkellers: heat.snorkellers });
      } else {
        reject(new Error(`heat ${heatId} moved to ${event.status} before starting`));
      }
    });
  });
}

export interface HeatResult {
  heatId: string;
  placings: Array<{ snorkeller: string; seconds: number; place: number }>;
  disqualified: string[];
}

export async function timeHeat(heatId: string): Promise<HeatResult> {
  const heat = await heatsApi.get(heatId);
  await timingMats.arm(heatId, heat.snorkellers);

  const start = await waitForHeatStart(heatId, 20 * 60_000);
  const splits = await timingMats.readSplits(start.heatId);

  // Two lengths of the trench; anyone without a split surfaced or used a stroke.
  const finished = splits.filter((s) => s.seconds > 0);
  const disqualified = start.snorkellers.filter((s) => !finished.some((f) => f.snorkeller === s));
  const placings = finished
    .sort((a, b) => a.seconds - b.seconds)
    .map((s, index) => ({ ...s, place: index + 1 }));

  return { heatId, placings, disqualified };
}

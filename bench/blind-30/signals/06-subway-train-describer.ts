// expect: none
// The caller's signal reaches every fetch through the RequestInit that requestInit() builds, and the poll delay receives it too.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BerthStep {
  berthFrom: string;
  berthTo: string;
  headcode: string;
  at: string;
}

export interface DescriberFeedOptions {
  area: string;
  token: string;
  pollMs?: number;
  signal?: AbortSignal;
}

interface StepPage {
  steps: BerthStep[];
  cursor: string;
}

const DESCRIBER_API = 'https://signalling.example.net/td/v1';

function requestInit(opts: DescriberFeedOptions): RequestInit {
  return {
    method: 'GET',
    headers: {
      authorization: `Bearer ${opts.token}`,
      accept: 'application/json',
    },
    signal: opts.signal,
  };
}

async function fetchSteps(opts: DescriberFeedOptions, cursor: string | null): Promise<StepPage> {
  const url = new URL(`${DESCRIBER_API}/areas/${encodeURIComponent(opts.area)}/steps`);
  if (cursor) url.searchParams.set('after', cursor);
  const response = await fetch(url, requestInit(opts));
  if (!response.ok) throw new Error(`train describer ${opts.area}: HTTP ${response.status}`);
  return (await response.json()) as StepPage;
}

export async function* berthSteps(opts: DescriberFeedOptions): AsyncGenerator<BerthStep> {
  const pollMs = opts.pollMs ?? 2_000;
  let cursor: string | null = null;
  for (;;) {
    const page = await fetchSteps(opts, cursor);
    cursor = page.cursor;
    for (const step of page.steps) yield step;
    if (page.steps.length === 0) {
      await sleep(pollMs, undefined, { signal: opts.signal });
    }
  }
}

export class BerthOccupancy {
  private readonly berths = new Map<string, string>();

  apply(step: BerthStep): void {
    if (step.berthFrom && this.berths.get(step.berthFrom) === step.headcode) {
      this.berths.delete(step.berthFrom);
    }
    if (step.berthTo) this.berths.set(step.berthTo, step.headcode);
  }

  occupant(berth: string): string | undefined {
    return this.berths.get(berth);
  }

  snapshot(): Record<string, string> {
    return Object.fromEntries(this.berths);
  }
}

export async function trackArea(opts: DescriberFeedOptions, onChange: (snapshot: Record<string, string>) => void): Promise<void> {
  const occupancy = new BerthOccupancy();
  for await (const step of berthSteps(opts)) {
    occupancy.apply(step);
    onChange(occupancy.snapshot());
  }
}

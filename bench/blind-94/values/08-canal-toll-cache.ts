// expect: none
// Both operands of ?? are awaited inside parentheses, and the !== compares resolved numbers, so no pending promise is ever used as a value.
interface LockSegment {
  from: string;
  to: string;
  locks: number;
}

declare const redis: {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, opts: { EX: number }): Promise<void>;
};

declare const tariffService: {
  computeToll(segment: LockSegment, lengthM: number): Promise<number>;
  lastPublishedRate(): Promise<number>;
};

function key(segment: LockSegment, lengthM: number): string {
  return `toll:${segment.from}:${segment.to}:${Math.ceil(lengthM)}`;
}

async function cachedToll(segment: LockSegment, lengthM: number): Promise<number | undefined> {
  const raw = await redis.get(key(segment, lengthM));
  return raw === null ? undefined : Number(raw);
}

export async function tollFor(segment: LockSegment, lengthM: number): Promise<number> {
  const toll = (await cachedToll(segment, lengthM)) ?? (await tariffService.computeToll(segment, lengthM));
  await redis.set(key(segment, lengthM), String(toll), { EX: 3_600 });
  return toll;
}

export async function journeyTolls(
  segments: LockSegment[],
  lengthM: number,
): Promise<{ total: number; rateChanged: boolean; perSegment: number[] }> {
  const rateAtStart = await tariffService.lastPublishedRate();
  const perSegment: number[] = [];
  for (const seg of segments) {
    perSegment.push(await tollFor(seg, lengthM));
  }
  const rateNow = await tariffService.lastPublishedRate();
  return {
    total: perSegment.reduce((a, b) => a + b, 0),
    rateChanged: rateNow !== rateAtStart,
    perSegment,
  };
}

export function describeJourney(segments: LockSegment[], tolls: { total: number; rateChanged: boolean }): string {
  const locks = segments.reduce((n, s) => n + s.locks, 0);
  const first = segments[0]?.from ?? '?';
  const last = segments.at(-1)?.to ?? '?';
  const note = tolls.rateChanged ? ' (tariff changed during quote, please re-check)' : '';
  return `${first} → ${last}: ${locks} locks, £${(tolls.total / 100).toFixed(2)}${note}`;
}

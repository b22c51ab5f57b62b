// expect: no-promise-as-value
// The bucket label interpolates kilnSchedule.nextFiring(cone), an async lookup, so the label prints "[object Promise]" instead of the firing date.
export interface GlazeBucket {
  bucketId: string;
  glazeCode: string;
  cone: number;
  litres: number;
  specificGravity: number;
  mixedBy: string;
  mixedOn: Date;
}

export interface BucketLabel {
  bucketId: string;
  lines: string[];
  warning: string | null;
}

declare const kilnSchedule: {
  nextFiring(cone: number): Promise<string>;
};

declare const glazeSafety: {
  hazards(glazeCode: string): Promise<string[]>;
};

declare const labelPrinter: {
  print(label: BucketLabel): Promise<void>;
};

const SG_RANGE: Record<string, [number, number]> = {
  dip: [1.42, 1.48],
  brush: [1.5, 1.6],
  spray: [1.3, 1.4],
};

function applicationFor(sg: number): string {
  for (const [method, [lo, hi]] of Object.entries(SG_RANGE)) {
    if (sg >= lo && sg <= hi) return method;
  }
  return "adjust before use";
}

function shelfLifeNote(mixedOn: Date, now = new Date()): string | null {
  const ageDays = Math.floor((now.getTime() - mixedOn.getTime()) / 86_400_000);
  if (ageDays > 90) return `mixed ${ageDays} days ago - stir and re-check SG`;
  return null;
}

export async function buildLabel(bucket: GlazeBucket): Promise<BucketLabel> {
  const hazards = await glazeSafety.hazards(bucket.glazeCode);
  const method = applicationFor(bucket.specificGravity);

  const lines = [
    `${bucket.glazeCode} - cone ${bucket.cone}`,
    `${bucket.litres.toFixed(1)} L @ SG ${bucket.specificGravity.toFixed(2)} (${method})`,
    `Mixed ${bucket.mixedOn.toISOString().slice(0, 10)} by ${bucket.mixedBy}`,
    `Next cone ${bucket.cone} firing: ${kilnSchedule.nextFiring(bucket.cone)}`,
  ];
  if (hazards.length > 0) {
    lines.push(`Contains: ${hazards.join(", ")} - wear a respirator when sanding`);
  }

  return {
    bucketId: bucket.bucketId,
    lines,
    warning: shelfLifeNote(bucket.mixedOn),
  };
}

export async function relabelShelf(buckets: GlazeBucket[]): Promise<number> {
  let printed = 0;
  for (const bucket of buckets) {
    if (bucket.litres < 0.5) continue;
    await labelPrinter.print(await buildLabel(bucket));
    printed += 1;
  }
  return printed;
}

export function groupByCone(buckets: GlazeBucket[]): Map<number, GlazeBucket[]> {
  const byCone = new Map<number, GlazeBucket[]>();
  for (const bucket of buckets) {
    const list = byCone.get(bucket.cone) ?? [];
    list.push(bucket);
    byCone.set(bucket.cone, list);
  }
  return byCone;
}

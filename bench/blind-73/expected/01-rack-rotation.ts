// expect: no-uncalled-async-function
// finishRotation puts flushDryingLog itself (not flushDryingLog()) into Promise.all, so the drying log is never written.
import { appendFile } from 'node:fs/promises';

export type RackState = 'loading' | 'drying' | 'turning' | 'ready';

export interface DryingRack {
  id: string;
  tier: number;
  species: 'kombu' | 'nori' | 'dulse' | 'wakame';
  moisturePct: number;
  state: RackState;
  hoursInSun: number;
}

declare const rackStore: {
  list(siteId: string): Promise<DryingRack[]>;
  saveAll(racks: DryingRack[]): Promise<void>;
};

declare const crew: {
  notify(siteId: string, message: string): Promise<void>;
};

declare const weather: {
  sunHoursAhead(siteId: string): Promise<number>;
};

const TARGET_MOISTURE: Record<DryingRack['species'], number> = {
  kombu: 14,
  nori: 10,
  dulse: 18,
  wakame: 12,
};

const pendingLog: string[] = [];

async function flushDryingLog(): Promise<void> {
  if (pendingLog.length === 0) return;
  const lines = pendingLog.splice(0, pendingLog.length).join('\n') + '\n';
  await appendFile('/var/log/seaweed/drying.log', lines, 'utf8');
}

function advance(rack: DryingRack, sunHours: number): DryingRack {
  const target = TARGET_MOISTURE[rack.species];
  if (rack.state === 'ready' || rack.state === 'loading') return rack;
  const loss = Math.min(rack.moisturePct - target, sunHours * 2.5);
  const moisturePct = Math.max(target, rack.moisturePct - loss);
  const next: DryingRack = {
    ...rack,
    moisturePct,
    hoursInSun: rack.hoursInSun + sunHours,
    state: moisturePct <= target ? 'ready' : rack.state === 'drying' ? 'turning' : 'drying',
  };
  pendingLog.push(
    `${new Date().toISOString()} rack=${rack.id} ${rack.state}->${next.state} moisture=${moisturePct.toFixed(1)}`,
  );
  return next;
}

export async function finishRotation(siteId: string): Promise<{ ready: string[]; turning: string[] }> {
  const [racks, sunHours] = await Promise.all([rackStore.list(siteId), weather.sunHoursAhead(siteId)]);
  const updated = racks
    .sort((a, b) => a.tier - b.tier)
    .map((rack) => advance(rack, Math.min(sunHours, 6)));

  const ready = updated.filter((r) => r.state === 'ready').map((r) => r.id);
  const turning = updated.filter((r) => r.state === 'turning').map((r) => r.id);

  const message =
    ready.length > 0
      ? `${ready.length} racks ready to bag, ${turning.length} need turning`
      : `${turning.length} racks need turning`;

  await Promise.all([rackStore.saveAll(updated), flushDryingLog, crew.notify(siteId, message)]);
  return { ready, turning };
}

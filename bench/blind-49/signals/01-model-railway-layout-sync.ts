// expect: require-signal-propagation
// syncLayout passes options.signal to the block fetch but not to the turnout fetch, so cancelling a sync leaves that request running.
export interface BlockState {
  id: string;
  occupied: boolean;
  locoAddress?: number;
  powered: boolean;
}

export interface TurnoutState {
  id: string;
  thrown: boolean;
  locked: boolean;
}

export interface LayoutSnapshot {
  layoutId: string;
  fetchedAt: Date;
  blocks: BlockState[];
  turnouts: TurnoutState[];
}

export interface SyncOptions {
  signal?: AbortSignal;
  baseUrl?: string;
}

declare const layoutUi: {
  render(snapshot: LayoutSnapshot, conflicts: string[]): void;
};

async function readJson<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) {
    throw new Error(`${what} request failed with ${response.status} ${response.statusText}`);
  }
  return (await response.json()) as T;
}

export function findConflicts(snapshot: LayoutSnapshot): string[] {
  const conflicts: string[] = [];
  const occupiedUnpowered = snapshot.blocks.filter((b) => b.occupied && !b.powered);
  for (const block of occupiedUnpowered) {
    conflicts.push(`block ${block.id} is occupied by ${block.locoAddress ?? 'an unknown loco'} but unpowered`);
  }
  const addresses = new Map<number, string[]>();
  for (const block of snapshot.blocks) {
    if (block.locoAddress === undefined) continue;
    addresses.set(block.locoAddress, [...(addresses.get(block.locoAddress) ?? []), block.id]);
  }
  for (const [address, blocks] of addresses) {
    if (blocks.length > 1) conflicts.push(`DCC address ${address} reported in ${blocks.join(' and ')}`);
  }
  const lockedThrown = snapshot.turnouts.filter((t) => t.locked && t.thrown);
  if (lockedThrown.length > 0) {
    conflicts.push(`locked turnouts set to diverging: ${lockedThrown.map((t) => t.id).join(', ')}`);
  }
  return conflicts;
}

export async function syncLayout(layoutId: string, options: SyncOptions = {}): Promise<LayoutSnapshot> {
  const base = options.baseUrl ?? 'http://layout-controller.local:8080';
  const blocksResponse = await fetch(`${base}/layouts/${encodeURIComponent(layoutId)}/blocks`, {
    signal: options.signal,
    headers: { accept: 'application/json' },
  });
  const blocks = await readJson<BlockState[]>(blocksResponse, 'blocks');

  const turnoutsResponse = await fetch(`${base}/layouts/${encodeURIComponent(layoutId)}/turnouts`, {
    headers: { accept: 'application/json' },
  });
  const turnouts = await readJson<TurnoutState[]>(turnoutsResponse, 'turnouts');

  const snapshot: LayoutSnapshot = { layoutId, fetchedAt: new Date(), blocks, turnouts };
  layoutUi.render(snapshot, findConflicts(snapshot));
  return snapshot;
}

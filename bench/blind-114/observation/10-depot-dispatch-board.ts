// expect: no-unobserved-promise
// The manifest request is started before awaiting the depot status, so it is held without a handler across that await and abandoned entirely on the early-return path.
export interface DepotStatus {
  depot: string;
  open: boolean;
  shunterOnDuty?: string;
}

export interface TramManifestEntry {
  fleetNumber: number;
  livery: string;
  builtYear: number;
  roadworthy: boolean;
  route?: string;
}

export interface DepotApi {
  fetchDepotStatus(depot: string): Promise<DepotStatus>;
  fetchManifest(depot: string): Promise<TramManifestEntry[]>;
}

export interface DispatchBoard {
  depot: string;
  shunter: string;
  outbound: Array<{ fleetNumber: number; route: string }>;
  heldBack: number[];
}

export class HeritageDispatcher {
  constructor(
    private readonly api: DepotApi,
    private readonly defaultRoute = 'heritage-loop',
  ) {}

  async buildBoard(depot: string, maxOut = 4): Promise<DispatchBoard | null> {
    const manifestP = this.api.fetchManifest(depot);
    const status = await this.api.fetchDepotStatus(depot);

    if (!status.open || !status.shunterOnDuty) {
      return null;
    }

    const manifest = await manifestP;
    const ready = manifest
      .filter((t) => t.roadworthy)
      .sort((a, b) => a.builtYear - b.builtYear);

    const outbound = ready.slice(0, maxOut).map((t) => ({
      fleetNumber: t.fleetNumber,
      route: t.route ?? this.defaultRoute,
    }));

    const heldBack = manifest
      .filter((t) => !outbound.some((o) => o.fleetNumber === t.fleetNumber))
      .map((t) => t.fleetNumber);

    return { depot, shunter: status.shunterOnDuty, outbound, heldBack };
  }

  async boardsFor(depots: string[]): Promise<DispatchBoard[]> {
    const boards: DispatchBoard[] = [];
    for (const depot of depots) {
      const board = await this.buildBoard(depot);
      if (board) boards.push(board);
    }
    return boards;
  }
}

// expect: none
// The roster and keeper lookups are started together and both passed straight into Promise.all, and each notification in the loop is awaited as soon as it is started.
export interface Keeper {
  id: string;
  name: string;
  phone: string;
  qualifiedStations: string[];
}

export interface RotaShift {
  station: string;
  startsAt: Date;
  endsAt: Date;
  keeperId: string;
}

export interface RosterService {
  shifts(station: string, from: Date, to: Date): Promise<RotaShift[]>;
  reassign(shift: RotaShift, keeperId: string): Promise<RotaShift>;
}

export interface KeeperDirectory {
  byId(id: string): Promise<Keeper>;
}

export interface SmsGateway {
  send(phone: string, text: string): Promise<{ messageId: string }>;
}

export interface SwapOutcome {
  shift: RotaShift;
  notified: string[];
}

const fmt = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ');

export class ShiftSwapNotifier {
  constructor(
    private readonly roster: RosterService,
    private readonly directory: KeeperDirectory,
    private readonly sms: SmsGateway,
  ) {}

  async swap(station: string, startsAt: Date, incomingKeeperId: string): Promise<SwapOutcome> {
    const windowEnd = new Date(startsAt.getTime() + 24 * 3600_000);
    const shiftsLookup = this.roster.shifts(station, startsAt, windowEnd);
    const incomingLookup = this.directory.byId(incomingKeeperId);
    const [shifts, incoming] = await Promise.all([shiftsLookup, incomingLookup]);

    const shift = shifts.find((s) => s.startsAt.getTime() === startsAt.getTime());
    if (!shift) throw new Error(`no watch at ${station} starting ${fmt(startsAt)}`);
    if (!incoming.qualifiedStations.includes(station)) {
      throw new Error(`${incoming.name} is not qualified to keep ${station}`);
    }

    const outgoing = await this.directory.byId(shift.keeperId);
    const updated = await this.roster.reassign(shift, incoming.id);

    const notified: string[] = [];
    const text = `${station} watch ${fmt(updated.startsAt)}-${fmt(updated.endsAt)}`;
    for (const [keeper, message] of [
      [outgoing, `You are relieved of the ${text}.`],
      [incoming, `You now hold the ${text}.`],
    ] as const) {
      const { messageId } = await this.sms.send(keeper.phone, message);
      notified.push(`${keeper.id}:${messageId}`);
    }
    return { shift: updated, notified };
  }
}

// expect: no-promise-as-value
// isDoNotDisturb() returns a Promise that is negated without awaiting, so the check is always false and no room gets scheduled.
interface Room {
  number: string;
  floor: number;
  status: 'vacant-dirty' | 'vacant-clean' | 'occupied' | 'out-of-order';
  checkoutToday: boolean;
}

interface CleaningTask {
  room: string;
  attendantId: string;
  kind: 'checkout' | 'stayover';
  estimatedMinutes: number;
}

declare const pms: {
  listRooms(floor: number): Promise<Room[]>;
  getDoorSensorState(room: string): Promise<{ dndLight: boolean; updatedAt: string }>;
};

declare const taskBoard: {
  publish(tasks: CleaningTask[]): Promise<void>;
};

const CHECKOUT_MINUTES = 40;
const STAYOVER_MINUTES = 20;

export class HousekeepingPlanner {
  private readonly dndOverrides = new Set<string>();

  constructor(private readonly attendants: Map<number, string[]>) {}

  overrideDnd(room: string): void {
    this.dndOverrides.add(room);
  }

  private async isDoNotDisturb(room: Room): Promise<boolean> {
    if (this.dndOverrides.has(room.number)) return false;
    if (room.checkoutToday) return false;
    const state = await pms.getDoorSensorState(room.number);
    return state.dndLight;
  }

  private pickAttendant(floor: number, index: number): string | undefined {
    const staff = this.attendants.get(floor);
    if (!staff || staff.length === 0) return undefined;
    return staff[index % staff.length];
  }

  async planFloor(floor: number): Promise<CleaningTask[]> {
    const rooms = await pms.listRooms(floor);
    const tasks: CleaningTask[] = [];

    for (const room of rooms) {
      if (room.status === 'vacant-clean' || room.status === 'out-of-order') continue;

      if (!this.isDoNotDisturb(room)) {
        const attendantId = this.pickAttendant(floor, tasks.length);
        if (!attendantId) continue;
        const kind = room.checkoutToday ? 'checkout' : 'stayover';
        tasks.push({
          room: room.number,
          attendantId,
          kind,
          estimatedMinutes: kind === 'checkout' ? CHECKOUT_MINUTES : STAYOVER_MINUTES,
        });
      }
    }

    tasks.sort((a, b) => (a.kind === b.kind ? a.room.localeCompare(b.room) : a.kind === 'checkout' ? -1 : 1));
    return tasks;
  }

  async publishMorningRounds(floors: number[]): Promise<number> {
    const all: CleaningTask[] = [];
    for (const floor of floors) {
      all.push(...(await this.planFloor(floor)));
    }
    await taskBoard.publish(all);
    return all.length;
  }
}

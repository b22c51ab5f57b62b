// expect: no-unchecked-settled-results
// resetAllLanes() casts every allSettled result to PromiseFulfilledResult and reads .value without checking status, so one jammed pinsetter crashes the board update.
export interface LaneState {
  laneId: number;
  pinsStanding: number;
  ballReturnOk: boolean;
  foulLineSensorOk: boolean;
}

export interface LaneBoardRow {
  laneId: number;
  ready: boolean;
  note: string;
  bumpers: boolean;
}

interface LeagueBooking {
  team: string;
  lanes: [number, number];
  startsAt: string;
  kidsParty: boolean;
}

declare const pinsetters: {
  reset(laneId: number): Promise<LaneState>;
};

declare const frontDesk: {
  updateBoard(rows: LaneBoardRow[]): Promise<void>;
  bookingsFor(date: string): Promise<LeagueBooking[]>;
};

function noteFor(state: LaneState): string {
  if (state.pinsStanding !== 10) return `${10 - state.pinsStanding} pin(s) missing`;
  if (!state.ballReturnOk) return 'ball return fault';
  if (!state.foulLineSensorOk) return 'foul line sensor fault';
  return 'ready';
}

export async function resetAllLanes(laneIds: readonly number[], bumperLanes: ReadonlySet<number>): Promise<LaneBoardRow[]> {
  const results = await Promise.allSettled(laneIds.map((laneId) => pinsetters.reset(laneId)));

  const rows = results.map((result, index): LaneBoardRow => {
    const state = (result as PromiseFulfilledResult<LaneState>).value;
    const laneId = laneIds[index] as number;
    return {
      laneId,
      ready: state.pinsStanding === 10 && state.ballReturnOk,
      note: noteFor(state),
      bumpers: bumperLanes.has(laneId),
    };
  });

  await frontDesk.updateBoard(rows);
  return rows;
}

export async function prepareLeagueNight(date: string, allLanes: readonly number[]): Promise<string[]> {
  const bookings = await frontDesk.bookingsFor(date);
  const bumperLanes = new Set<number>();
  for (const booking of bookings) {
    if (booking.kidsParty) {
      bumperLanes.add(booking.lanes[0]);
      bumperLanes.add(booking.lanes[1]);
    }
  }

  const rows = await resetAllLanes(allLanes, bumperLanes);
  const notReady = new Set(rows.filter((r) => !r.ready).map((r) => r.laneId));

  const conflicts: string[] = [];
  for (const booking of bookings) {
    const [left, right] = booking.lanes;
    if (notReady.has(left) || notReady.has(right)) {
      conflicts.push(`${booking.team} @ ${booking.startsAt}: lanes ${left}/${right} need attention`);
    }
  }
  return conflicts;
}

// expect: none
// Every availability check is awaited before its boolean is tested, and the parallel filter resolves all checks with Promise.all before masking the list.
export interface Ringer {
  id: string;
  name: string;
  preferredBells: number[];
  canRingTenorBehind: boolean;
}

export interface AvailabilityCalendar {
  isAvailable(ringerId: string, serviceDate: string): Promise<boolean>;
  hasRungThisMonth(ringerId: string, month: string): Promise<boolean>;
}

export interface BandSlot {
  bell: number;
  ringer: Ringer | null;
}

export async function availableRingers(
  calendar: AvailabilityCalendar,
  ringers: Ringer[],
  serviceDate: string,
): Promise<Ringer[]> {
  const flags = await Promise.all(ringers.map((r) => calendar.isAvailable(r.id, serviceDate)));
  return ringers.filter((_, i) => flags[i]);
}

export async function allocateBand(
  calendar: AvailabilityCalendar,
  ringers: Ringer[],
  bells: number,
  serviceDate: string,
): Promise<BandSlot[]> {
  const month = serviceDate.slice(0, 7);
  const available = await availableRingers(calendar, ringers, serviceDate);

  const prioritised: Ringer[] = [];
  const others: Ringer[] = [];
  for (const ringer of available) {
    if (await calendar.hasRungThisMonth(ringer.id, month)) {
      others.push(ringer);
    } else {
      prioritised.push(ringer);
    }
  }

  const pool = [...prioritised, ...others];
  const slots: BandSlot[] = [];
  for (let bell = bells; bell >= 1; bell--) {
    let index = pool.findIndex(
      (r) => r.preferredBells.includes(bell) || (bell === bells && r.canRingTenorBehind),
    );
    if (index === -1 && bell !== bells && pool.length > 0) index = 0;
    const ringer = index >= 0 ? pool.splice(index, 1)[0] : null;
    slots.unshift({ bell, ringer });
  }
  return slots;
}

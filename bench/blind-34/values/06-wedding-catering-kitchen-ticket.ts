// expect: no-promise-as-value
// The published kitchen ticket nests guestList.confirmedCount(...) without awaiting it, so the payload serialises an empty object for the headcount.
export interface MenuChoice {
  course: "starter" | "main" | "dessert";
  dish: string;
  portions: number;
}

export interface KitchenTicket {
  weddingId: string;
  serviceTime: string;
  choices: MenuChoice[];
  notes: string[];
}

declare const guestList: {
  confirmedCount(weddingId: string): Promise<number>;
  choices(weddingId: string): Promise<MenuChoice[]>;
};

declare const kitchenBus: {
  publish(topic: string, payload: Record<string, unknown>): Promise<void>;
};

declare const venueCalendar: {
  serviceTime(weddingId: string): Promise<string>;
};

function mergeChoices(choices: MenuChoice[]): MenuChoice[] {
  const merged = new Map<string, MenuChoice>();
  for (const c of choices) {
    const key = `${c.course}:${c.dish}`;
    const existing = merged.get(key);
    if (existing) existing.portions += c.portions;
    else merged.set(key, { ...c });
  }
  const order = { starter: 0, main: 1, dessert: 2 } as const;
  return [...merged.values()].sort((a, b) => order[a.course] - order[b.course] || a.dish.localeCompare(b.dish));
}

function notesFor(choices: MenuChoice[]): string[] {
  const notes: string[] = [];
  const mains = choices.filter((c) => c.course === "main");
  if (mains.some((m) => /vegan|plant/i.test(m.dish))) notes.push("separate vegan pass");
  if (choices.some((c) => c.portions > 80)) notes.push("batch plate large courses");
  return notes;
}

export async function sendKitchenTicket(weddingId: string): Promise<KitchenTicket> {
  const [serviceTime, rawChoices] = await Promise.all([
    venueCalendar.serviceTime(weddingId),
    guestList.choices(weddingId),
  ]);
  const choices = mergeChoices(rawChoices);
  const ticket: KitchenTicket = { weddingId, serviceTime, choices, notes: notesFor(choices) };
  await kitchenBus.publish("kitchen.ticket", {
    ...ticket,
    headcount: guestList.confirmedCount(weddingId),
    sentAt: new Date().toISOString(),
  });
  return ticket;
}

export function portionsByCourse(ticket: KitchenTicket): Record<MenuChoice["course"], number> {
  const totals = { starter: 0, main: 0, dessert: 0 };
  for (const c of ticket.choices) totals[c.course] += c.portions;
  return totals;
}

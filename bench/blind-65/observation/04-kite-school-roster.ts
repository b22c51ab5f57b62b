// expect: none
// Sequential work uses for...of with await and the parallel part goes through Promise.all, so no promise is dropped.
export interface Student {
  studentId: string;
  name: string;
  level: 'discovery' | 'water-start' | 'riding' | 'upwind';
  weightKg: number;
}

export interface KiteKit {
  kitId: string;
  kiteSizeM2: number;
  boardCm: number;
}

export interface LessonSlot {
  slotId: string;
  beach: string;
  startsAt: string;
  windKnots: number;
}

declare const waiverService: { isSigned(studentId: string): Promise<boolean> };
declare const kitStore: {
  available(beach: string): Promise<KiteKit[]>;
  checkOut(kitId: string, studentId: string): Promise<void>;
};
declare const smsGateway: { send(studentId: string, text: string): Promise<void> };

export function idealKiteSize(weightKg: number, windKnots: number): number {
  const raw = (weightKg * 2.2) / windKnots;
  return Math.round(raw);
}

export async function unsignedWaivers(students: Student[]): Promise<Student[]> {
  const signed = await Promise.all(students.map((s) => waiverService.isSigned(s.studentId)));
  return students.filter((_, i) => !signed[i]);
}

export async function assignKits(slot: LessonSlot, students: Student[]): Promise<Map<string, KiteKit>> {
  const kits = await kitStore.available(slot.beach);
  const assignments = new Map<string, KiteKit>();
  const heaviestFirst = [...students].sort((a, b) => b.weightKg - a.weightKg);

  for (const student of heaviestFirst) {
    const target = idealKiteSize(student.weightKg, slot.windKnots);
    const candidates = kits
      .filter((k) => !assignments.has(k.kitId))
      .sort((a, b) => Math.abs(a.kiteSizeM2 - target) - Math.abs(b.kiteSizeM2 - target));
    const kit = candidates[0];
    if (!kit) throw new Error(`Ran out of kits at ${slot.beach} for ${student.name}`);
    await kitStore.checkOut(kit.kitId, student.studentId);
    assignments.set(student.studentId, kit);
  }
  return assignments;
}

export async function prepareSlot(slot: LessonSlot, students: Student[]) {
  const missing = await unsignedWaivers(students);
  const cleared = students.filter((s) => !missing.includes(s));

  const kits = await assignKits(slot, cleared);

  await Promise.all(
    cleared.map(async (student) => {
      const kit = kits.get(student.studentId)!;
      await smsGateway.send(
        student.studentId,
        `See you at ${slot.beach} ${slot.startsAt}: ${kit.kiteSizeM2}m² kite, ${kit.boardCm}cm board.`,
      );
    }),
  );

  for (const student of missing) {
    await smsGateway.send(student.studentId, `Please sign your waiver before the ${slot.startsAt} lesson.`);
  }
  return { cleared: cleared.map((s) => s.studentId), missingWaivers: missing.map((s) => s.studentId) };
}

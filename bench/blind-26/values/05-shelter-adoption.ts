// expect: no-promise-as-value
// chipRegisteredTo() is async, so `!chipRegisteredTo(...)` tests a promise and the microchip transfer is never performed.
export interface ShelterPet {
  id: string;
  name: string;
  species: 'dog' | 'cat' | 'rabbit' | 'other';
  chipId?: string;
  vaccinated: boolean;
}

export interface Adopter {
  id: string;
  fullName: string;
  email: string;
  phone: string;
}

declare const chipRegistry: {
  lookup(chipId: string): Promise<{ ownerRef: string } | null>;
  transfer(chipId: string, toOwner: { name: string; phone: string; email: string }): Promise<void>;
};

declare const shelterDb: {
  markAdopted(petId: string, adopterId: string, fee: number): Promise<void>;
  holdsFor(petId: string): Promise<Array<{ adopterId: string; expires: Date }>>;
};

declare function sendEmail(to: string, subject: string, body: string): Promise<void>;

const ADOPTION_FEES: Record<ShelterPet['species'], number> = {
  dog: 180,
  cat: 120,
  rabbit: 60,
  other: 40,
};

async function chipRegisteredTo(chipId: string, adopter: Adopter): Promise<boolean> {
  const record = await chipRegistry.lookup(chipId);
  return record?.ownerRef === adopter.email;
}

export async function finalizeAdoption(pet: ShelterPet, adopter: Adopter): Promise<number> {
  if (!pet.vaccinated) {
    throw new Error(`${pet.name} must be vaccinated before going home`);
  }

  const holds = await shelterDb.holdsFor(pet.id);
  const now = Date.now();
  const blocking = holds.find((h) => h.adopterId !== adopter.id && h.expires.getTime() > now);
  if (blocking) {
    throw new Error(`${pet.name} is on hold for another adopter until ${blocking.expires.toDateString()}`);
  }

  const fee = ADOPTION_FEES[pet.species];
  await shelterDb.markAdopted(pet.id, adopter.id, fee);

  if (pet.chipId && !chipRegisteredTo(pet.chipId, adopter)) {
    await chipRegistry.transfer(pet.chipId, {
      name: adopter.fullName,
      phone: adopter.phone,
      email: adopter.email,
    });
  }

  await sendEmail(
    adopter.email,
    `Welcome home, ${pet.name}!`,
    [
      `Hi ${adopter.fullName.split(' ')[0]},`,
      `Thanks for adopting ${pet.name}. Your adoption fee of $${fee} has been recorded.`,
      pet.chipId ? `Microchip ${pet.chipId} is now registered to you.` : `${pet.name} is not microchipped yet - ask us about our free chipping day.`,
    ].join('\n\n'),
  );

  return fee;
}

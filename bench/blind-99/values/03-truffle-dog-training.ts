// expect: none
// The certification check is awaited inside the condition and the cached grade falls back with ?? to an awaited lookup, so no Promise object is ever tested for truthiness or compared.
export interface Dog {
  id: string;
  name: string;
  breed: 'lagotto' | 'springer' | 'beagle' | 'mixed';
}

export interface Registry {
  isCertified(dogId: string): Promise<boolean>;
  grade(dogId: string): Promise<'A' | 'B' | 'C'>;
}

export interface HuntSlot {
  orchard: string;
  date: string;
  premium: boolean;
}

export class HuntAssigner {
  private readonly gradeCache = new Map<string, 'A' | 'B' | 'C'>();

  constructor(private readonly registry: Registry) {}

  private async gradeOf(dog: Dog): Promise<'A' | 'B' | 'C'> {
    const grade = this.gradeCache.get(dog.id) ?? (await this.registry.grade(dog.id));
    this.gradeCache.set(dog.id, grade);
    return grade;
  }

  async assign(dogs: Dog[], slots: HuntSlot[]): Promise<Map<string, HuntSlot>> {
    const plan = new Map<string, HuntSlot>();
    const premium = slots.filter((s) => s.premium);
    const regular = slots.filter((s) => !s.premium);

    for (const dog of dogs) {
      if (!(await this.registry.isCertified(dog.id))) continue;
      const grade = await this.gradeOf(dog);
      const pool = grade === 'A' && premium.length > 0 ? premium : regular;
      const slot = pool.shift();
      if (slot) plan.set(dog.id, slot);
    }
    return plan;
  }

  describe(plan: Map<string, HuntSlot>, dogs: Dog[]): string[] {
    return dogs
      .filter((d) => plan.has(d.id))
      .map((d) => {
        const slot = plan.get(d.id)!;
        return `${d.name} (${d.breed}) -> ${slot.orchard} on ${slot.date}${slot.premium ? ' [premium]' : ''}`;
      });
  }
}

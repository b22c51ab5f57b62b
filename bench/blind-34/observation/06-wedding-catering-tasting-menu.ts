// expect: no-unobserved-promise
// The allergen matrix request is started first but only awaited after two other awaits; if it rejects meanwhile nothing is attached to it.
export interface Course {
  name: string;
  dishes: string[];
}

export interface GuestDiet {
  guestId: string;
  allergens: string[];
  vegetarian: boolean;
}

export interface TastingPlan {
  weddingId: string;
  courses: Course[];
  substitutions: Record<string, string>;
  headcount: number;
}

declare const kitchenApi: {
  allergenMatrix(dishes: string[]): Promise<Record<string, string[]>>;
};

declare const rsvpApi: {
  dietaryResponses(weddingId: string): Promise<GuestDiet[]>;
};

declare const venueApi: {
  confirmTastingRoom(weddingId: string, date: string): Promise<{ room: string; capacity: number }>;
};

const SAFE_SUBSTITUTE: Record<string, string> = {
  "lobster bisque": "roasted squash velouté",
  "beef wellington": "mushroom wellington",
  "pistachio financier": "lemon posset",
};

export async function planTasting(
  weddingId: string,
  date: string,
  courses: Course[],
): Promise<TastingPlan> {
  const allDishes = courses.flatMap((c) => c.dishes);
  const matrixRequest = kitchenApi.allergenMatrix(allDishes);

  const room = await venueApi.confirmTastingRoom(weddingId, date);
  const diets = await rsvpApi.dietaryResponses(weddingId);
  const headcount = Math.min(diets.length, room.capacity);

  const matrix = await matrixRequest;
  const guestAllergens = new Set(diets.flatMap((d) => d.allergens));
  const anyVegetarian = diets.some((d) => d.vegetarian);
  const substitutions: Record<string, string> = {};
  for (const dish of allDishes) {
    const allergens = matrix[dish] ?? [];
    const clash = allergens.some((a) => guestAllergens.has(a));
    const meat = /beef|lamb|duck|veal/.test(dish);
    if ((clash || (meat && anyVegetarian)) && SAFE_SUBSTITUTE[dish]) {
      substitutions[dish] = SAFE_SUBSTITUTE[dish];
    }
  }
  return { weddingId, courses, substitutions, headcount };
}

export function printableMenu(plan: TastingPlan): string {
  return plan.courses
    .map((course) => {
      const dishes = course.dishes.map((d) => plan.substitutions[d] ?? d);
      return `${course.name}\n  ${dishes.join("\n  ")}`;
    })
    .join("\n\n");
}

export function substitutionCount(plan: TastingPlan): number {
  return Object.keys(plan.substitutions).length;
}

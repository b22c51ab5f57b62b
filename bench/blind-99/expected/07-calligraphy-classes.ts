// expect: none
// The generator deliberately yields task thunks, and the runner's Task type says so and calls each one with task.run(), so the yielded functions are invoked rather than awaited as values.
export interface Enrolment {
  student: string;
  email: string;
  course: 'italic-foundations' | 'copperplate-intensive' | 'brush-lettering';
  paid: boolean;
  kitShipped: boolean;
}

export interface Services {
  sendInvoice(email: string, course: string): Promise<void>;
  shipKit(student: string, course: string): Promise<string>;
  addToClassList(course: string, student: string): Promise<void>;
}

export interface Task {
  label: string;
  run: () => Promise<unknown>;
}

export function* onboardingTasks(enrolments: Enrolment[], services: Services): Generator<Task, void, void> {
  for (const e of enrolments) {
    if (!e.paid) {
      yield { label: `invoice ${e.student}`, run: () => services.sendInvoice(e.email, e.course) };
      continue;
    }
    yield { label: `class list ${e.student}`, run: () => services.addToClassList(e.course, e.student) };
    if (!e.kitShipped) {
      yield { label: `ship kit to ${e.student}`, run: () => services.shipKit(e.student, e.course) };
    }
  }
}

export interface RunSummary {
  done: string[];
  failed: Array<{ label: string; error: string }>;
}

export async function runTasks(tasks: Iterable<Task>, concurrency = 2): Promise<RunSummary> {
  const summary: RunSummary = { done: [], failed: [] };
  const iterator = tasks[Symbol.iterator]();

  const lane = async (): Promise<void> => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const task = next.value;
      try {
        await task.run();
        summary.done.push(task.label);
      } catch (err) {
        summary.failed.push({ label: task.label, error: (err as Error).message });
      }
    }
  };

  await Promise.all(Array.from({ length: concurrency }, () => lane()));
  return summary;
}

// expect: none
// Correct: the formulary promise is cached and awaited twice on purpose, and async functions are passed as callbacks to test()/mock.fn() where a function is expected.
import { test, mock } from "node:test";
import assert from "node:assert/strict";

interface RefillRequest {
  rxNumber: string;
  patientId: string;
  drug: string;
  quantity: number;
}

type Formulary = Map<string, { maxQuantity: number; controlled: boolean }>;

class RefillQueue {
  private formulary: Promise<Formulary> | undefined;
  readonly accepted: RefillRequest[] = [];

  constructor(private readonly loadFormulary: () => Promise<Formulary>) {}

  private getFormulary(): Promise<Formulary> {
    this.formulary ??= this.loadFormulary();
    return this.formulary;
  }

  async submit(req: RefillRequest): Promise<"accepted" | "rejected" | "needs-pharmacist"> {
    const formulary = await this.getFormulary();
    const entry = formulary.get(req.drug);
    if (!entry || req.quantity > entry.maxQuantity) return "rejected";
    if (entry.controlled) return "needs-pharmacist";
    this.accepted.push(req);
    return "accepted";
  }
}

const sampleFormulary: Formulary = new Map([
  ["atorvastatin 20mg", { maxQuantity: 90, controlled: false }],
  ["oxycodone 5mg", { maxQuantity: 30, controlled: true }],
]);

test("loads the formulary once for many refills", async () => {
  const loader = mock.fn(async () => sampleFormulary);
  const queue = new RefillQueue(loader);

  const results = await Promise.all([
    queue.submit({ rxNumber: "100", patientId: "p1", drug: "atorvastatin 20mg", quantity: 30 }),
    queue.submit({ rxNumber: "101", patientId: "p2", drug: "atorvastatin 20mg", quantity: 90 }),
  ]);

  assert.deepEqual(results, ["accepted", "accepted"]);
  assert.equal(loader.mock.callCount(), 1);
});

test("the cached formulary promise resolves to the same map each time", async () => {
  const pending = Promise.resolve(sampleFormulary);
  const first = await pending;
  const second = await pending;
  assert.equal(first, second);
});

test("controlled substances go to the pharmacist", async () => {
  const queue = new RefillQueue(async () => sampleFormulary);
  const outcome = await queue.submit({ rxNumber: "200", patientId: "p3", drug: "oxycodone 5mg", quantity: 10 });
  assert.equal(outcome, "needs-pharmacist");
  assert.equal(queue.accepted.length, 0);
});

test("unknown drugs are rejected", async () => {
  const queue = new RefillQueue(async () => new Map());
  await assert.rejects(async () => {
    const outcome = await queue.submit({ rxNumber: "300", patientId: "p4", drug: "mystery", quantity: 1 });
    if (outcome === "rejected") throw new Error(outcome);
  }, /rejected/);
});

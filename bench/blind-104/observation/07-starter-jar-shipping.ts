// expect: none
// Every shipment promise gets its rejection handler from .then(ok, fail) at the moment it is created, so awaiting them one by one in the loop (with other awaits in between) never leaves a rejection unobserved.
export interface StarterJar {
  jarId: string;
  starterName: string;
  recipient: string;
  grams: number;
}

export interface Courier {
  ship(jar: StarterJar): Promise<string>;
}

export interface ExchangeBoard {
  post(recipient: string, message: string): Promise<void>;
}

type ShipmentOutcome =
  | { ok: true; jar: StarterJar; tracking: string }
  | { ok: false; jar: StarterJar; error: unknown };

export interface RoundSummary {
  shipped: string[];
  failed: { jarId: string; reason: string }[];
}

export async function shipExchangeRound(
  courier: Courier,
  board: ExchangeBoard,
  jars: StarterJar[],
): Promise<RoundSummary> {
  const shipments: Promise<ShipmentOutcome>[] = jars.map((jar) =>
    courier.ship(jar).then(
      (tracking): ShipmentOutcome => ({ ok: true, jar, tracking }),
      (error: unknown): ShipmentOutcome => ({ ok: false, jar, error }),
    ),
  );

  const summary: RoundSummary = { shipped: [], failed: [] };

  for (const pending of shipments) {
    const outcome = await pending;
    if (outcome.ok) {
      summary.shipped.push(outcome.jar.jarId);
      await board.post(
        outcome.jar.recipient,
        `${outcome.jar.grams}g of "${outcome.jar.starterName}" is on its way (tracking ${outcome.tracking}). Feed it within a day of arrival.`,
      );
    } else {
      const reason = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
      summary.failed.push({ jarId: outcome.jar.jarId, reason });
    }
  }

  return summary;
}

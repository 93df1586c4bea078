/** A plain Adaptive Card (JSON, schema 1.5). Cards are data: the platform wraps them for Teams. */
export type Card = Record<string, unknown>;

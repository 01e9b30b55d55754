/** Drizzle wraps the driver error; PGlite and pg both report unique violations as SQLSTATE 23505. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

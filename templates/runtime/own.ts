/**
 * Reads a record keyed by names a spec chose. Only own properties count, so a
 * field or scheme named `constructor`, `toString` or `__proto__` never reaches
 * `Object.prototype`.
 */
export function own<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Normalises an optional text input for create and update alike: `undefined` means "leave as
 * is", blank or null means "clear", anything else is trimmed.
 */
export function optionalText(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Drops `undefined` entries, so a patch only touches the fields the caller sent. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

import { ApiError } from '../../api/graphql';

/**
 * How a form's typed text becomes API input. Create leaves blank fields out; update sends only
 * what changed (the API keeps fields left out), with null to clear one, plus the version the form
 * was read at, so a colleague's change in between is a CONFLICT rather than silently overwritten.
 */
export function filled(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function changed(text: string, saved: string | null): string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === (saved ?? '')) return undefined;
  return trimmed === '' ? null : trimmed;
}

/** A whole number typed in a field, e.g. employees; blank is no number. */
export function wholeNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

export function changedNumber(text: string, saved: number | null): number | null | undefined {
  const typed = wholeNumber(text) ?? null;
  return typed === saved ? undefined : typed;
}

/** The record changed on the server since it was read (or its domain was taken meanwhile): reload it. */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'CONFLICT';
}

/**
 * A form brought up to date with a record that changed under it (after a CONFLICT reload): what
 * the person typed stays, every field they left alone takes the record's new value.
 */
export function rebase<Draft extends object>(draft: Draft, before: Draft, after: Draft): Draft {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const keys = Object.keys(draft) as Array<keyof Draft>;
  return Object.fromEntries(keys.map((key) => [key, same(draft[key], before[key]) ? after[key] : draft[key]])) as Draft;
}

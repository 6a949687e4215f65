import { isEmail } from 'class-validator';
import { UserInputError } from '../graphql/errors';
import { optionalText } from './text';

/** How a person's name is shown and sorted: "Anna Nowak", or just "Anna". */
export function fullNameOf(firstName: string, lastName: string | null): string {
  return lastName ? `${firstName} ${lastName}` : firstName;
}

/** `  Anna@Acme.COM ` → `anna@acme.com`; undefined keeps, blank clears, anything else must be an address. */
export function optionalEmail(value: string | null | undefined, field = 'email'): string | null | undefined {
  const text = optionalText(value);
  if (!text) return text;
  const email = text.toLowerCase();
  if (!isEmail(email)) throw new UserInputError(field, `"${text}" is not an email address (for example anna@acme.com)`);
  return email;
}

/** An email as stored and compared: trimmed, lower case. Logins and invites match on this. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

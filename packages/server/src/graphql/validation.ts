import { applyDecorators } from './decorators';
import { IsEmail, IsOptional, Matches, MaxLength, MinLength, IsInt, Min, Max } from 'class-validator';

/**
 * Input rules shared by every module, so "too long" or "blank" reads the same everywhere.
 * class-validator runs them before a resolver is called; `format-error.ts` turns a failure
 * into BAD_USER_INPUT naming the field.
 */
export const RequiredText = (max: number) =>
  applyDecorators(
    MinLength(1, { message: 'is required' }),
    Matches(/\S/, { message: 'cannot be blank' }),
    MaxLength(max, { message: `must be at most ${max} characters` }),
  );

export const OptionalText = (max: number) =>
  applyDecorators(IsOptional(), MaxLength(max, { message: `must be at most ${max} characters` }));

export const OptionalEmail = () =>
  applyDecorators(IsOptional(), MaxLength(254, { message: 'must be at most 254 characters' }), IsEmail({}, { message: 'must be an email address' }));

export const RequiredEmail = () =>
  applyDecorators(MaxLength(254, { message: 'must be at most 254 characters' }), IsEmail({}, { message: 'must be an email address' }));

export const IntBetween = (min: number, max: number) =>
  applyDecorators(
    IsOptional(),
    IsInt({ message: 'must be a whole number' }),
    Min(min, { message: `must be at least ${min}` }),
    Max(max, { message: `must be at most ${max}` }),
  );

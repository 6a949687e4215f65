import { GraphQLScalarType, Kind } from 'graphql';
import { Field, ObjectType } from 'type-graphql';
import { MAX_MINOR_UNITS } from './money';

/**
 * An integer count of a currency's minor units. Rejects fractions and anything JSON cannot
 * carry exactly, so a float never reaches the services.
 */
export const MinorUnitsScalar = new GraphQLScalarType<number, number>({
  name: 'MinorUnits',
  description: 'A whole number of a currency\'s minor units (cents for USD, yen for JPY). Never fractional.',
  serialize: (value) => Number(value),
  parseValue: parseMinorUnits,
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT) throw new TypeError('must be a whole number of minor units, for example 125000 for 1,250.00');
    return parseMinorUnits(Number(ast.value));
  },
});

function parseMinorUnits(value: unknown): number {
  const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number)) {
    throw new TypeError('must be a whole number of minor units, for example 125000 for 1,250.00');
  }
  if (Math.abs(number) > MAX_MINOR_UNITS) throw new TypeError('is too large');
  return number;
}

@ObjectType({ simpleResolvers: true, description: 'An amount of money: minor units plus an ISO 4217 currency code.' })
export class Money {
  @Field(() => MinorUnitsScalar)
  amountMinor: number;

  @Field(() => String, { description: 'ISO 4217 code, e.g. USD' })
  currency: string;

  static of(amountMinor: number, currency: string): Money {
    return Object.assign(new Money(), { amountMinor, currency });
  }
}

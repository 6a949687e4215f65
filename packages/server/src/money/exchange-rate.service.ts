import { UserInputError } from '../graphql/errors';
import type { RequestContext } from '../tenancy/request-context';
import { Role } from '../tenancy/roles';
import { ExchangeRate } from './exchange-rate.entity';
import { assertCurrency, minorUnitDigits, scaleMinor } from './money';

const MICROS = 1_000_000;

/** Converts an amount into the tenant's base currency; null when no rate is known. */
export type ToBaseCurrency = (amountMinor: number, currency: string) => number | null;

export class ExchangeRateService {
  list(ctx: RequestContext): Promise<ExchangeRate[]> {
    return ctx.data.repo(ExchangeRate).find({ order: { currency: 'ASC' } });
  }

  async set(ctx: RequestContext, currencyInput: string, rate: string): Promise<ExchangeRate> {
    ctx.requireRole(Role.ADMIN, 'set exchange rates');
    const currency = assertCurrency('currency', currencyInput.toUpperCase());
    const tenant = await ctx.tenant();
    if (currency === tenant.baseCurrency) {
      throw new UserInputError('currency', `${currency} is the base currency; its rate is always 1`);
    }
    const rateMicros = parseRate(rate);
    const rates = ctx.data.repo(ExchangeRate);
    const existing = await rates.findOne({ currency });
    return existing ? rates.update(existing, { rateMicros }) : rates.insert({ currency, rateMicros });
  }

  async remove(ctx: RequestContext, currencyInput: string): Promise<boolean> {
    ctx.requireRole(Role.ADMIN, 'set exchange rates');
    return (await ctx.data.repo(ExchangeRate).delete({ currency: currencyInput.toUpperCase() })) > 0;
  }

  /** A converter for this request's tenant, loading its (few) rates once. */
  async converter(ctx: RequestContext): Promise<{ baseCurrency: string; toBase: ToBaseCurrency }> {
    const [tenant, rates] = await Promise.all([ctx.tenant(), this.list(ctx)]);
    const base = tenant.baseCurrency;
    const byCurrency = new Map(rates.map((rate) => [rate.currency, rate.rateMicros]));
    const baseDigits = minorUnitDigits(base);
    return {
      baseCurrency: base,
      toBase(amountMinor, currency) {
        if (currency === base) return amountMinor;
        const rateMicros = byCurrency.get(currency);
        if (rateMicros === undefined) return null;
        const shift = baseDigits - minorUnitDigits(currency);
        const numerator = rateMicros * 10 ** Math.max(shift, 0);
        const denominator = MICROS * 10 ** Math.max(-shift, 0);
        return scaleMinor(amountMinor, numerator, denominator);
      },
    };
  }
}

/** "1.0842" → 1_084_200. Up to six decimals, positive. */
export function parseRate(rate: string): number {
  const match = /^(\d{1,9})(?:\.(\d{1,6}))?$/.exec(rate.trim());
  const micros = match ? Number(match[1]) * MICROS + Number((match[2] ?? '').padEnd(6, '0')) : 0;
  if (!match || micros <= 0) {
    throw new UserInputError('rate', `"${rate}" is not a rate; give how much one unit is worth in the base currency, e.g. 1.0842`);
  }
  return micros;
}

export function formatRate(rateMicros: number): string {
  const whole = Math.floor(rateMicros / MICROS);
  const fraction = String(rateMicros % MICROS).padStart(6, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

import { useI18n } from 'vue-i18n';
import { AmountInputError, decimalInputText, moneyInputText, parseDecimal, parseMoney } from '../../common/money';

/** Percentages are typed with up to two decimals and sent as basis points: "12.5" → 1250. */
const PERCENT_DIGITS = 2;
const FULL_DISCOUNT_BASIS_POINTS = 10_000;

/**
 * Amount and percentage inputs in the reader's locale: rules that explain what is wrong with
 * the text, and the exact conversions to and from what the API takes.
 */
export function useMoneyInput() {
  const { t, locale } = useI18n();

  function amountProblem(text: string, currency: string): string | true {
    try {
      if (parseMoney(text, currency, locale.value) < 0) return t('deals.amountNegative');
      return true;
    } catch (error) {
      if (!(error instanceof AmountInputError)) throw error;
      if (error.problem === 'decimals') return error.digits === 0 ? t('deals.amountNoDecimals', { currency }) : t('deals.amountDecimals', { currency, digits: error.digits });
      if (error.problem === 'range') return t('deals.amountRange');
      return t('deals.amountFormat', { example: moneyInputText(123450, currency, locale.value) });
    }
  }

  return {
    /** A rule for an amount in `currency()`; blank passes when `optional`. */
    amountRule: (currency: () => string, optional = false) => (text: string) => (optional && text.trim() === '') || amountProblem(text, currency()),
    /** A rule for a discount: blank, or a percentage from 0 to 100. */
    discountRule: (text: string) => {
      if (text.trim() === '') return true;
      try {
        const basisPoints = parseDecimal(text, PERCENT_DIGITS, locale.value);
        return (basisPoints >= 0 && basisPoints <= FULL_DISCOUNT_BASIS_POINTS) || t('deals.discountRule');
      } catch {
        return t('deals.discountRule');
      }
    },
    toMinor: (text: string, currency: string) => parseMoney(text, currency, locale.value),
    toText: (amountMinor: number, currency: string) => moneyInputText(amountMinor, currency, locale.value),
    toBasisPoints: (text: string) => (text.trim() === '' ? 0 : parseDecimal(text, PERCENT_DIGITS, locale.value)),
    percentText: (basisPoints: number) => (basisPoints === 0 ? '' : decimalInputText(basisPoints, PERCENT_DIGITS, locale.value)),
  };
}

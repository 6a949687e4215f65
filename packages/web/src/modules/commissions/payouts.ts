import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { request } from '../../api/graphql';
import { errorText } from '../../common/form-errors';
import type { PayoutRowFieldsFragment } from '../../gql/graphql';
import { PayoutCsvDocument, PayoutStatementDocument } from './commissions.operations';
import { downloadText } from '../../common/download';
import { payeeName, statementFileName } from './ledger';

/** `payout(id)` answered null: the payout is gone, or not one this person may read. */
export class PayoutNotFound extends Error {}

function found<T>(id: string, payout: T | null): T {
  if (!payout) throw new PayoutNotFound(`Payout ${id} was not found`);
  return payout;
}

/** A payout's entries, oldest first. */
export async function payoutEntries(id: string) {
  return found(id, (await request(PayoutStatementDocument, { id })).payout).entries;
}

/** Downloads a payout's statement as `statement-<payee>-<periodEnd>.csv`; `downloading` is the payout's id meanwhile. */
export function useStatementDownload() {
  const { t } = useI18n();
  const downloading = ref<string | null>(null);
  const error = ref<string | null>(null);

  async function download(payout: PayoutRowFieldsFragment): Promise<void> {
    downloading.value = payout.id;
    error.value = null;
    try {
      const { csv } = found(payout.id, (await request(PayoutCsvDocument, { id: payout.id })).payout);
      downloadText(statementFileName(payeeName(payout), payout.periodEnd), csv);
    } catch (caught) {
      error.value = payoutErrorText(caught, t);
    } finally {
      downloading.value = null;
    }
  }

  return { downloading, error, download };
}

export function payoutErrorText(error: unknown, t: (key: string) => string): string {
  return error instanceof PayoutNotFound ? t('common.notFound') : errorText(error, t);
}

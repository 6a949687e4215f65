import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { request } from '../../api/graphql';
import { errorText } from '../../common/form-errors';
import { CommissionPartnersDocument } from './commissions.operations';

/** The partners, for the partner filter and the issue dialog; `error` says why they could not be read. */
export function usePartners() {
  const { t } = useI18n();
  const partners = ref<Array<{ id: string; name: string }>>([]);
  const error = ref<string | null>(null);

  async function load(): Promise<void> {
    error.value = null;
    try {
      partners.value = (await request(CommissionPartnersDocument, {})).partners.edges.map((edge) => edge.node);
    } catch (caught) {
      error.value = errorText(caught, t);
    }
  }

  return { partners, error, load };
}

import { defineStore } from 'pinia';
import { ref } from 'vue';
import { ApiError, request } from '../../api/graphql';
import type { ConvertLeadInput, ConvertLeadMutation, LeadDetailFieldsFragment, LeadStatus, UpdateLeadInput } from '../../gql/graphql';
import {
  ChangeLeadStatusDocument,
  ConvertLeadDocument,
  DeleteLeadDocument,
  LeadDocument,
  UpdateLeadDocument,
} from './leads.operations';

export type Lead = LeadDetailFieldsFragment;
export type LeadPatch = Omit<UpdateLeadInput, 'id' | 'version'>;
export type ConversionOptions = Omit<ConvertLeadInput, 'id' | 'version'>;
export type ConversionResult = ConvertLeadMutation['convertLead'];

/**
 * The lead open on its page. Every write sends the version that was read; when the server
 * answers CONFLICT (someone changed or converted it meanwhile) the lead is reloaded, so the
 * page shows what is true now, and the error is rethrown for the form to show its message.
 */
export const useLeadStore = defineStore('lead', () => {
  const lead = ref<Lead | null>(null);
  const loading = ref(false);
  /** Loading it failed, or it does not exist (null answer). */
  const error = ref<unknown>(null);
  const missing = ref(false);

  async function load(id: string): Promise<void> {
    // Another lead's details must not show while this one loads.
    if (lead.value?.id !== id) lead.value = null;
    loading.value = true;
    error.value = null;
    try {
      lead.value = (await request(LeadDocument, { id })).lead;
      missing.value = lead.value === null;
    } catch (caught) {
      error.value = caught;
    } finally {
      loading.value = false;
    }
  }

  async function write<T>(action: (current: Lead) => Promise<T>): Promise<T> {
    const current = lead.value!;
    try {
      return await action(current);
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'CONFLICT') await load(current.id);
      throw caught;
    }
  }

  const update = (patch: LeadPatch) => write(async (current) => {
    lead.value = (await request(UpdateLeadDocument, { input: { id: current.id, version: current.version, ...patch } })).updateLead;
  });

  const changeStatus = (status: LeadStatus, reason: string | null = null) => write(async (current) => {
    const input = { id: current.id, version: current.version, status, ...(reason ? { reason } : {}) };
    lead.value = (await request(ChangeLeadStatusDocument, { input })).changeLeadStatus;
  });

  /** Returns what the conversion made or reused, for the page to go on to. */
  const convert = (options: ConversionOptions) => write(async (current): Promise<ConversionResult> => {
    const { convertLead } = await request(ConvertLeadDocument, { input: { id: current.id, version: current.version, ...options } });
    return convertLead;
  });

  const remove = () => write(async (current) => {
    await request(DeleteLeadDocument, { input: { id: current.id } });
    lead.value = null;
  });

  return { lead, loading, error, missing, load, update, changeStatus, convert, remove };
});

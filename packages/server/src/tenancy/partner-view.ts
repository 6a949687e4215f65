/**
 * What a partner's user may see of a table (the PARTNER role, ARCHITECTURE.md §3). Tables not
 * declared here are closed to them: TenantScope refuses to open them for such a caller, so a
 * table added later is hidden from partners until someone decides otherwise.
 *  - `partnerId`: rows whose partnerId column is the caller's partner (deals, leads, ledger, ...);
 *  - `ownPartner`: the caller's partner row itself;
 *  - `self`: their own user row only;
 *  - `everything`: reference data without secrets (pipelines and stages, to name a deal's stage).
 */
export type PartnerView = 'partnerId' | 'ownPartner' | 'self' | 'everything';

const views = new Map<Function, PartnerView>();

export function VisibleToPartners(view: PartnerView): ClassDecorator {
  return (entity) => {
    views.set(entity, view);
  };
}

export function partnerViewOf(entity: Function): PartnerView | undefined {
  return views.get(entity);
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, startTestServer, type GraphqlClient, type TenantSession, type TestServer } from '../../../test/harness';
import { OutboxEvent } from '../../events/outbox-event.entity';
import { expireDealRegistrations } from '../../jobs/registration-expiry';
import { DealRegistration } from './deal-registration.entity';

const REGISTRATION_FIELDS = `id title organizationName organizationDomain contactName contactEmail status expiresAt notes
  rejectionReason decidedAt amount { amountMinor currency } partner { id } decidedBy { id }
  conflicts { kind description dealId registrationId }
  deal { id title amount { amountMinor currency } stage { name } status
    attribution { source partner { id } attributedBy { id } } }`;

const Q = {
  createPartner: `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id name } }`,
  invitePartnerUser: `mutation($input: InvitePartnerUserInput!) { invitePartnerUser(input: $input) { acceptUrl } }`,
  submit: `mutation($input: SubmitDealRegistrationInput!) { submitDealRegistration(input: $input) { ${REGISTRATION_FIELDS} } }`,
  approve: `mutation($input: ApproveDealRegistrationInput!) { approveDealRegistration(input: $input) { ${REGISTRATION_FIELDS} } }`,
  reject: `mutation($input: RejectDealRegistrationInput!) { rejectDealRegistration(input: $input) { ${REGISTRATION_FIELDS} } }`,
  registration: `query($id: ID!) { dealRegistration(id: $id) { ${REGISTRATION_FIELDS} } }`,
  registrations: `query($filter: DealRegistrationFilter) { dealRegistrations(first: 50, filter: $filter) { totalCount edges { node { id status } } } }`,
  createOrganization: `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
  createDeal: `mutation($input: CreateDealInput!) { createDeal(input: $input) { id version } }`,
  winDeal: `mutation($id: ID!, $v: Int!) { winDeal(input: { id: $id, version: $v }) { id } }`,
  deal: `query($id: ID!) { deal(id: $id) { id organization { id name domain } contact { id name email } owner { id } pipeline { id } } }`,
  settings: `mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { registrationExpiryDays } }`,
};

const DAY_MS = 24 * 3600 * 1000;

interface Registration {
  id: string;
  status: string;
  expiresAt: string;
  conflicts: Array<{ kind: string; description: string; dealId: string | null; registrationId: string | null }>;
  deal: { id: string; title: string; stage: { name: string }; status: string; attribution: { source: string; partner: { id: string }; attributedBy: { id: string } } } | null;
  [field: string]: unknown;
}

describe('deal registrations', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  /** A tenant with an active partner whose portal user is logged in. */
  async function programme(partnerName = 'Acme Partners'): Promise<{ owner: TenantSession; partnerId: string; portal: GraphqlClient }> {
    const owner = await server.signup();
    const partnerId = await createPartner(owner, partnerName);
    return { owner, partnerId, portal: await portalUser(owner, partnerId) };
  }

  async function createPartner(owner: TenantSession, name: string, status = 'ACTIVE'): Promise<string> {
    return (await owner.client.query(Q.createPartner, { input: { name, type: 'RESELLER', status } })).createPartner.id;
  }

  async function portalUser(owner: TenantSession, partnerId: string): Promise<GraphqlClient> {
    const email = `portal-${Math.random().toString(36).slice(2)}@partner.example`;
    const { acceptUrl } = (await owner.client.query(Q.invitePartnerUser, { input: { partnerId, email } })).invitePartnerUser;
    const token = new URL(acceptUrl).searchParams.get('token');
    const accepted = await server.client.query(ACCEPT, { input: { token, name: 'Pat Partner', password: 'partner password 123' } });
    return server.client.as(accepted.acceptInvite.accessToken);
  }

  async function submit(client: GraphqlClient, input: Record<string, unknown>): Promise<Registration> {
    return (await client.query(Q.submit, { input: { title: 'Initech rollout', organizationName: 'Initech', amountMinor: 500_000, currency: 'usd', ...input } })).submitDealRegistration;
  }

  /** An organization with a deal in the first stage (open), or won. */
  async function organizationWithDeal(owner: TenantSession, organization: Record<string, unknown>, won = false): Promise<string> {
    const organizationId = (await owner.client.query(Q.createOrganization, { input: organization })).createOrganization.id;
    const deal = (await owner.client.query(Q.createDeal, { input: { title: 'Ours', organizationId } })).createDeal;
    if (won) await owner.client.query(Q.winDeal, { id: deal.id, v: deal.version });
    return deal.id;
  }

  function outbox(tenantId: string, type: string): Promise<OutboxEvent[]> {
    return server.app.database.manager.find(OutboxEvent, { where: { tenantId, type }, order: { sequence: 'ASC' } });
  }

  describe('submitting', () => {
    it('lets a partner user register an opportunity that waits 60 days for a decision', async () => {
      const { owner, partnerId, portal } = await programme();
      const before = Date.now();
      const registration = await submit(portal, {
        organizationDomain: 'https://www.Initech.io/',
        contactName: 'Bill Lumbergh',
        contactEmail: 'Bill@Initech.io',
        expectedCloseDate: '2030-06-30',
        notes: 'They want 40 seats',
      });
      expect(registration).toMatchObject({
        title: 'Initech rollout',
        organizationName: 'Initech',
        organizationDomain: 'initech.io',
        contactEmail: 'bill@initech.io',
        status: 'PENDING',
        amount: { amountMinor: 500_000, currency: 'USD' },
        partner: { id: partnerId },
        conflicts: [],
        deal: null,
      });
      const waits = new Date(registration.expiresAt).getTime() - before;
      expect(waits).toBeGreaterThanOrEqual(60 * DAY_MS - 1000);
      expect(waits).toBeLessThan(60 * DAY_MS + 60_000);
      const [event] = await outbox(owner.tenantId, 'DealRegistrationSubmitted');
      // A partner without a channel manager is looked after by the workspace owner.
      expect(event).toMatchObject({ subjectId: registration.id, ownerId: owner.userId });
      expect(JSON.parse(event!.payload)).toEqual({ registrationId: registration.id, partnerId });
    });

    it('uses the workspace\'s registration window, which an admin sets between 1 and 365 days', async () => {
      const { owner, portal } = await programme();
      const manager = await server.invite(owner, 'MANAGER');
      expect((await manager.client.error(Q.settings, { input: { registrationExpiryDays: 10 } })).extensions?.code).toBe('FORBIDDEN');
      for (const days of [0, 366]) {
        const error = await owner.client.error(Q.settings, { input: { registrationExpiryDays: days } });
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'registrationExpiryDays' });
      }
      expect((await owner.client.query(Q.settings, { input: { registrationExpiryDays: 10 } })).updateTenantSettings.registrationExpiryDays).toBe(10);
      const before = Date.now();
      const registration = await submit(portal, {});
      expect(new Date(registration.expiresAt).getTime() - before).toBeLessThan(10 * DAY_MS + 60_000);
    });

    it('lets a manager register on a partner\'s behalf, naming the partner', async () => {
      const { owner, partnerId } = await programme();
      const manager = await server.invite(owner, 'MANAGER');
      const rep = await server.invite(owner, 'REP');
      const unnamed = await manager.client.error(Q.submit, { input: { title: 'T', organizationName: 'O', amountMinor: 1, currency: 'USD' } });
      expect(unnamed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnerId' });
      expect((await submit(manager.client, { partnerId })).partner).toEqual({ id: partnerId });
      const byRep = await rep.client.error(Q.submit, { input: { title: 'T', organizationName: 'O', amountMinor: 1, currency: 'USD', partnerId } });
      expect(byRep.extensions?.code).toBe('FORBIDDEN');
    });

    it('accepts registrations from active partners only', async () => {
      const owner = await server.signup();
      const pending = await createPartner(owner, 'Newcomers', 'PENDING');
      const error = await owner.client.error(Q.submit, { input: { title: 'T', organizationName: 'O', amountMinor: 1, currency: 'USD', partnerId: pending } });
      expect(error).toMatchObject({ message: 'Newcomers is pending: only an active partner can register deals', extensions: { code: 'CONFLICT' } });
      const portal = await portalUser(owner, pending);
      expect((await portal.error(Q.submit, { input: { title: 'T', organizationName: 'O', amountMinor: 1, currency: 'USD' } })).extensions?.code).toBe('CONFLICT');
    });

    it('names the field of bad input', async () => {
      const { portal } = await programme();
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ currency: 'XYZ' }, 'currency'],
        [{ organizationDomain: 'not a domain' }, 'organizationDomain'],
        [{ contactEmail: 'nobody' }, 'contactEmail'],
        [{ amountMinor: -5 }, 'amountMinor'],
        [{ expectedCloseDate: '2030-02-30' }, 'expectedCloseDate'],
        [{ organizationName: '  ' }, 'organizationName'],
      ];
      for (const [input, field] of cases) {
        const error = await portal.error(Q.submit, { input: { title: 'T', organizationName: 'O', amountMinor: 1, currency: 'USD', ...input } });
        expect(error.extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    });
  });

  describe('conflicts', () => {
    it('finds an open deal with an organization of the same domain or the same name', async () => {
      const { owner, portal } = await programme();
      const byDomain = await organizationWithDeal(owner, { name: 'Initech Corporation', domain: 'initech.io' });
      const byName = await organizationWithDeal(owner, { name: 'Globex' });
      await organizationWithDeal(owner, { name: 'Umbrella', domain: 'umbrella.example' }, true);

      const domainMatch = await submit(portal, { organizationName: 'Initech', organizationDomain: 'www.INITECH.io' });
      expect(domainMatch.conflicts).toEqual([{ kind: 'OPEN_DEAL', description: 'There is already an open deal with this organization (same domain)', dealId: null, registrationId: null }]);
      const nameMatch = await submit(portal, { organizationName: '  gLoBeX ' });
      expect(nameMatch.conflicts).toEqual([{ kind: 'OPEN_DEAL', description: 'There is already an open deal with this organization (same name)', dealId: null, registrationId: null }]);
      // The team sees which deal it is.
      expect((await owner.client.query(Q.registration, { id: domainMatch.id })).dealRegistration.conflicts[0].dealId).toBe(byDomain);
      expect((await owner.client.query(Q.registration, { id: nameMatch.id })).dealRegistration.conflicts[0].dealId).toBe(byName);
      // A won deal is no conflict.
      expect((await submit(portal, { organizationName: 'Umbrella', organizationDomain: 'umbrella.example' })).conflicts).toEqual([]);
    });

    it('finds another partner\'s live registration without naming that partner', async () => {
      const { owner, partnerId, portal } = await programme('Acme Partners');
      const rivalId = await createPartner(owner, 'Rival Resellers Ltd');
      const rival = await portalUser(owner, rivalId);
      const first = await submit(rival, { organizationName: 'Initech', organizationDomain: 'initech.io' });
      await submit(portal, { organizationName: 'Initech', organizationDomain: 'initech.io' });
      // The same partner registering again is no conflict with itself; a rejected registration is none either.
      const rejected = await submit(rival, { organizationName: 'Hooli' });
      await owner.client.query(Q.reject, { input: { id: rejected.id, reason: 'Not a fit' } });

      const second = await submit(portal, { organizationName: 'INITECH' });
      expect(second.conflicts).toEqual([
        { kind: 'OTHER_REGISTRATION', description: 'Another partner has registered this organization (same name)', dealId: null, registrationId: null },
      ]);
      expect(JSON.stringify(second)).not.toContain('Rival');
      const seenByTeam = (await owner.client.query(Q.registration, { id: second.id })).dealRegistration;
      expect(seenByTeam.conflicts[0].registrationId).toBe(first.id);
      expect((await submit(portal, { organizationName: 'Hooli' })).conflicts).toEqual([]);
      expect(partnerId).not.toBe(rivalId);
    });

    it('counts an approved registration while its deal is open, and an expired one not at all', async () => {
      const { owner, portal } = await programme();
      const rival = await portalUser(owner, await createPartner(owner, 'Rival'));
      const approved = await submit(rival, { organizationName: 'Initech' });
      const deal = (await owner.client.query(Q.approve, { input: { id: approved.id } })).approveDealRegistration.deal;
      const lapsed = await submit(rival, { organizationName: 'Hooli' });
      await server.app.database.manager.update(DealRegistration, { tenantId: owner.tenantId, id: lapsed.id }, { expiresAt: new Date(Date.now() - 1000) });

      expect((await submit(portal, { organizationName: 'Initech' })).conflicts.map((conflict) => conflict.kind)).toEqual(['OPEN_DEAL', 'OTHER_REGISTRATION']);
      expect((await submit(portal, { organizationName: 'Hooli' })).conflicts).toEqual([]);
      await owner.client.query(Q.winDeal, { id: deal.id, v: 1 });
      expect((await submit(portal, { organizationName: 'Initech' })).conflicts).toEqual([]);
    });
  });

  describe('deciding', () => {
    it('approves into a deal credited to the partner, in the default pipeline\'s first stage', async () => {
      const { owner, partnerId, portal } = await programme();
      const manager = await server.invite(owner, 'MANAGER');
      const registration = await submit(portal, {
        organizationDomain: 'initech.io',
        contactName: 'Bill Lumbergh',
        contactEmail: 'bill@initech.io',
        expectedCloseDate: '2030-06-30',
      });
      const approved = (await manager.client.query(Q.approve, { input: { id: registration.id } })).approveDealRegistration;
      expect(approved).toMatchObject({
        status: 'APPROVED',
        decidedBy: { id: manager.userId },
        deal: {
          title: 'Initech rollout',
          amount: { amountMinor: 500_000, currency: 'USD' },
          stage: { name: 'Prospecting' },
          status: 'OPEN',
          attribution: { source: 'REGISTRATION', partner: { id: partnerId }, attributedBy: { id: manager.userId } },
        },
      });
      expect(approved.decidedAt).toBeTruthy();
      const deal = (await owner.client.query(Q.deal, { id: approved.deal.id })).deal;
      expect(deal).toMatchObject({
        organization: { name: 'Initech', domain: 'initech.io' },
        contact: { name: 'Bill Lumbergh', email: 'bill@initech.io' },
        owner: { id: manager.userId },
      });
      const [event] = await outbox(owner.tenantId, 'DealRegistrationApproved');
      expect(event).toMatchObject({ subjectId: registration.id, dealId: approved.deal.id, ownerId: manager.userId });
      // The partner follows its registration to the deal.
      expect((await portal.query(Q.registration, { id: registration.id })).dealRegistration.deal.id).toBe(approved.deal.id);
    });

    it('reuses the organization with the domain and the contact with the email, and takes the owner given', async () => {
      const { owner, portal } = await programme();
      const rep = await server.invite(owner, 'REP');
      const organizationId = (await owner.client.query(Q.createOrganization, { input: { name: 'Initech Corporation', domain: 'initech.io' } })).createOrganization.id;
      const contactId = (await owner.client.query(`mutation { createContact(input: { firstName: "Bill", email: "bill@initech.io" }) { id } }`)).createContact.id;
      const registration = await submit(portal, { organizationDomain: 'initech.io', contactEmail: 'bill@initech.io' });
      const approved = (await owner.client.query(Q.approve, { input: { id: registration.id, ownerId: rep.userId } })).approveDealRegistration;
      const deal = (await owner.client.query(Q.deal, { id: approved.deal.id })).deal;
      expect(deal).toMatchObject({ organization: { id: organizationId }, contact: { id: contactId }, owner: { id: rep.userId } });
    });

    it('rejects with a reason the partner reads', async () => {
      const { owner, portal } = await programme();
      const registration = await submit(portal, {});
      const blank = await owner.client.error(Q.reject, { input: { id: registration.id, reason: '   ' } });
      expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      await owner.client.query(Q.reject, { input: { id: registration.id, reason: ' Already in talks with them ' } });
      expect((await portal.query(Q.registration, { id: registration.id })).dealRegistration).toMatchObject({
        status: 'REJECTED',
        rejectionReason: 'Already in talks with them',
        deal: null,
      });
      expect(await outbox(owner.tenantId, 'DealRegistrationRejected')).toHaveLength(1);
    });

    it('decides each registration once, by a manager', async () => {
      const { owner, portal } = await programme();
      const rep = await server.invite(owner, 'REP');
      const registration = await submit(portal, {});
      expect((await rep.client.error(Q.approve, { input: { id: registration.id } })).extensions?.code).toBe('FORBIDDEN');
      expect((await portal.error(Q.approve, { input: { id: registration.id } })).extensions?.code).toBe('FORBIDDEN');
      await owner.client.query(Q.approve, { input: { id: registration.id } });
      const again = await owner.client.error(Q.reject, { input: { id: registration.id, reason: 'Changed my mind' } });
      expect(again).toMatchObject({ message: 'This registration was already approved', extensions: { code: 'CONFLICT' } });
      const unknown = await owner.client.error(Q.approve, { input: { id: '0190f2a4-0000-7000-8000-000000000009' } });
      expect(unknown).toMatchObject({ message: 'Deal registration not found', extensions: { code: 'NOT_FOUND' } });
    });
  });

  describe('expiry', () => {
    it('refuses to decide a registration past its expiry, and the job marks it EXPIRED', async () => {
      const { owner, portal } = await programme();
      const registration = await submit(portal, {});
      const waiting = await submit(portal, { organizationName: 'Still waiting' });
      await server.app.database.manager.update(DealRegistration, { tenantId: owner.tenantId, id: registration.id }, { expiresAt: new Date('2020-01-31T12:00:00Z') });

      const refused = await owner.client.error(Q.approve, { input: { id: registration.id } });
      expect(refused).toMatchObject({
        message: 'This registration expired on 2020-01-31 and can no longer be decided; the partner can submit it again',
        extensions: { code: 'CONFLICT' },
      });
      // Not marked yet, but shown and filtered as what it is.
      expect((await portal.query(Q.registration, { id: registration.id })).dealRegistration.status).toBe('EXPIRED');
      const expiredIds = async () => (await owner.client.query(Q.registrations, { filter: { status: ['EXPIRED'] } })).dealRegistrations.edges.map((edge: { node: { id: string } }) => edge.node.id);
      expect(await expiredIds()).toEqual([registration.id]);

      expect(await expireDealRegistrations(server.app.database, server.app.services.dealRegistrations)).toBeGreaterThanOrEqual(1);
      const stored = await server.app.database.manager.findOneByOrFail(DealRegistration, { tenantId: owner.tenantId, id: registration.id });
      expect(stored.status).toBe('EXPIRED');
      expect(await expiredIds()).toEqual([registration.id]);
      const pending = (await owner.client.query(Q.registrations, { filter: { status: ['PENDING'] } })).dealRegistrations.edges;
      expect(pending.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([waiting.id]);
      const marked = await owner.client.error(Q.reject, { input: { id: registration.id, reason: 'Too late' } });
      expect(marked.extensions?.code).toBe('CONFLICT');
    });

    it('marks every tenant\'s lapsed registrations, and nothing that is still waiting', async () => {
      const a = await programme();
      const b = await programme();
      const ofA = await submit(a.portal, {});
      const ofB = await submit(b.portal, {});
      const future = new Date(Date.now() + 61 * DAY_MS);
      await expireDealRegistrations(server.app.database, server.app.services.dealRegistrations);
      expect((await server.app.database.manager.findOneByOrFail(DealRegistration, { tenantId: a.owner.tenantId, id: ofA.id })).status).toBe('PENDING');
      expect(await expireDealRegistrations(server.app.database, server.app.services.dealRegistrations, future)).toBeGreaterThanOrEqual(2);
      for (const [tenantId, id] of [[a.owner.tenantId, ofA.id], [b.owner.tenantId, ofB.id]] as const) {
        expect((await server.app.database.manager.findOneByOrFail(DealRegistration, { tenantId, id })).status).toBe('EXPIRED');
      }
    });
  });
});

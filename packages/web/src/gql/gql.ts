/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query TeamMembers { users(first: 100) { edges { node { id name active } } } }\n": typeof types.TeamMembersDocument,
    "\n  fragment TimelineActivity on Activity {\n    id version type subject note outcome dueAt doneAt isOverdue durationMinutes createdAt\n    owner { id name }\n  }\n": typeof types.TimelineActivityFragmentDoc,
    "\n  query TimelineActivities($filter: ActivityFilter!, $after: String) {\n    activities(filter: $filter, first: 20, after: $after, orderBy: { field: DUE_AT, direction: DESC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...TimelineActivity } }\n    }\n  }\n": typeof types.TimelineActivitiesDocument,
    "\n  mutation LogActivity($input: CreateActivityInput!) { createActivity(input: $input) { ...TimelineActivity } }\n": typeof types.LogActivityDocument,
    "\n  mutation CompleteTimelineActivity($input: CompleteActivityInput!) { completeActivity(input: $input) { ...TimelineActivity } }\n": typeof types.CompleteTimelineActivityDocument,
    "\n  mutation ReopenTimelineActivity($input: IdInput!) { reopenActivity(input: $input) { ...TimelineActivity } }\n": typeof types.ReopenTimelineActivityDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    expiresIn\n    refreshToken\n    user { id name email role }\n    tenant { id name slug baseCurrency locale timeZone }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) { login(input: $input) { ...SessionFields } }\n": typeof types.LoginDocument,
    "\n  mutation Signup($input: SignupInput!) { signup(input: $input) { ...SessionFields } }\n": typeof types.SignupDocument,
    "\n  mutation AcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { ...SessionFields } }\n": typeof types.AcceptInviteDocument,
    "\n  mutation RefreshSession($input: RefreshInput!) { refreshSession(input: $input) { ...SessionFields } }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($input: RefreshInput!) { logout(input: $input) }\n": typeof types.LogoutDocument,
    "\n  query Pipelines { pipelines(first: 50) { edges { node { id name isDefault } } } }\n": typeof types.PipelinesDocument,
    "\n  fragment BoardCard on Deal {\n    id title version position status type expectedCloseDate\n    amount { amountMinor currency }\n    owner { id name }\n    organization { id name }\n    stage { id }\n    pipeline { id }\n  }\n": typeof types.BoardCardFragmentDoc,
    "\n  fragment BoardFigures on BoardColumn {\n    count\n    stage { id name probability kind }\n    sum { amountMinor currency }\n    weightedSum { amountMinor currency }\n    totals { currency count sum { amountMinor currency } }\n    unconvertedCount\n  }\n": typeof types.BoardFiguresFragmentDoc,
    "\n  query Board($pipelineId: ID, $filter: DealFilter, $first: Int!) {\n    pipelineBoard(pipelineId: $pipelineId, filter: $filter) {\n      pipeline { id }\n      eventCursor\n      sum { amountMinor currency }\n      weightedSum { amountMinor currency }\n      columns {\n        ...BoardFigures\n        deals(first: $first) { edges { node { ...BoardCard } } pageInfo { hasNextPage endCursor } }\n      }\n    }\n  }\n": typeof types.BoardDocument,
    "\n  query BoardColumnPage($pipelineId: ID!, $filter: DealFilter!, $first: Int!, $after: String!) {\n    pipelineBoard(pipelineId: $pipelineId, filter: $filter) {\n      columns {\n        stage { id }\n        deals(first: $first, after: $after) { edges { node { ...BoardCard } } pageInfo { hasNextPage endCursor } }\n      }\n    }\n  }\n": typeof types.BoardColumnPageDocument,
    "\n  query BoardFiguresOnly($pipelineId: ID!, $filter: DealFilter) {\n    pipelineBoard(pipelineId: $pipelineId, filter: $filter) {\n      sum { amountMinor currency }\n      weightedSum { amountMinor currency }\n      columns { ...BoardFigures }\n    }\n  }\n": typeof types.BoardFiguresOnlyDocument,
    "\n  subscription BoardEvents($pipelineId: ID!, $after: Int) {\n    pipelineEvents(pipelineId: $pipelineId, after: $after) { sequence type subjectId deal { ...BoardCard } }\n  }\n": typeof types.BoardEventsDocument,
    "\n  mutation MoveDeal($input: MoveDealInput!) { moveDeal(input: $input) { ...BoardCard } }\n": typeof types.MoveDealDocument,
    "\n  mutation WinDeal($input: WinDealInput!) { winDeal(input: $input) { ...BoardCard } }\n": typeof types.WinDealDocument,
    "\n  mutation LoseDeal($input: LoseDealInput!) { loseDeal(input: $input) { ...BoardCard } }\n": typeof types.LoseDealDocument,
    "\n  fragment LedgerOverrideFields on AuditEntry { id action reason before after at actor { id name } }\n": typeof types.LedgerOverrideFieldsFragmentDoc,
    "\n  fragment LedgerEntryFields on LedgerEntry {\n    id createdAt kind hook status explanation reasonCode fraudFlags holdUntil approvedAt voidReason\n    pluginRef rateBasisPoints codeHash settingsHash inputHash outputHash version\n    amount { amountMinor currency }\n    basis { amountMinor currency }\n    partner { id name }\n    payeeUser { id name }\n    payeeContact { id name }\n    deal { id title }\n    reverses { id createdAt hook amount { amountMinor currency } deal { id title } }\n    overrides { ...LedgerOverrideFields }\n  }\n": typeof types.LedgerEntryFieldsFragmentDoc,
    "\n  query LedgerEntries($filter: LedgerEntryFilter, $first: Int, $after: String) {\n    ledgerEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...LedgerEntryFields } }\n    }\n  }\n": typeof types.LedgerEntriesDocument,
    "\n  mutation ApproveLedgerEntries($input: ApproveLedgerEntriesInput!) {\n    approveLedgerEntries(input: $input) { id status approvedAt version }\n  }\n": typeof types.ApproveLedgerEntriesDocument,
    "\n  mutation ApproveDueLedgerEntries($input: ApproveDueLedgerEntriesInput!) { approveDueLedgerEntries(input: $input) }\n": typeof types.ApproveDueLedgerEntriesDocument,
    "\n  mutation VoidLedgerEntry($input: VoidLedgerEntryInput!) { voidLedgerEntry(input: $input) { ...LedgerEntryFields } }\n": typeof types.VoidLedgerEntryDocument,
    "\n  mutation ReleaseHeldLedgerEntry($input: ReleaseHeldEntryInput!) { releaseHeldLedgerEntry(input: $input) { ...LedgerEntryFields } }\n": typeof types.ReleaseHeldLedgerEntryDocument,
    "\n  mutation AdjustLedger($input: AdjustLedgerInput!) { adjustLedger(input: $input) { ...LedgerEntryFields } }\n": typeof types.AdjustLedgerDocument,
    "\n  query CommissionPartners { partners(first: 100, orderBy: { field: NAME }) { edges { node { id name } } } }\n": typeof types.CommissionPartnersDocument,
    "\n  fragment PayoutRowFields on Payout {\n    id createdAt periodStart periodEnd entryCount status paidAt reference version\n    total { amountMinor currency }\n    partner { id name }\n    payeeUser { id name }\n  }\n": typeof types.PayoutRowFieldsFragmentDoc,
    "\n  query Payouts($filter: PayoutFilter, $first: Int, $after: String) {\n    payouts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...PayoutRowFields } }\n    }\n  }\n": typeof types.PayoutsDocument,
    "\n  query PayoutStatement($id: ID!) {\n    payout(id: $id) {\n      id\n      entries {\n        id createdAt kind hook explanation rateBasisPoints\n        amount { amountMinor currency }\n        basis { amountMinor currency }\n        deal { id title }\n      }\n    }\n  }\n": typeof types.PayoutStatementDocument,
    "\n  query PayoutCsv($id: ID!) { payout(id: $id) { id csv } }\n": typeof types.PayoutCsvDocument,
    "\n  mutation IssuePayouts($input: IssuePayoutsInput!) { issuePayouts(input: $input) { ...PayoutRowFields } }\n": typeof types.IssuePayoutsDocument,
    "\n  mutation MarkPayoutPaid($input: MarkPayoutPaidInput!) { markPayoutPaid(input: $input) { ...PayoutRowFields } }\n": typeof types.MarkPayoutPaidDocument,
    "\n  fragment CommissionPeriodFields on CommissionPeriod { id periodStart periodEnd closedAt }\n": typeof types.CommissionPeriodFieldsFragmentDoc,
    "\n  query CommissionPeriods { commissionPeriods { ...CommissionPeriodFields } }\n": typeof types.CommissionPeriodsDocument,
    "\n  mutation CloseCommissionPeriod($input: CommissionPeriodInput!) { closeCommissionPeriod(input: $input) { ...CommissionPeriodFields } }\n": typeof types.CloseCommissionPeriodDocument,
    "\n  fragment ContactRowFields on Contact {\n    id name email phone jobTitle isCustomer archivedAt createdAt updatedAt\n    organization { id name }\n    owner { id name }\n  }\n": typeof types.ContactRowFieldsFragmentDoc,
    "\n  query Contacts($filter: ContactFilter, $orderBy: ContactOrderBy, $first: Int, $after: String) {\n    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...ContactRowFields } }\n    }\n  }\n": typeof types.ContactsDocument,
    "\n  fragment ContactFields on Contact {\n    id firstName lastName name email phone jobTitle isCustomer customerSince archivedAt version createdAt updatedAt\n    ...ContactReferralFields\n    organization { id name }\n    owner { id name }\n  }\n": typeof types.ContactFieldsFragmentDoc,
    "\n  fragment RelatedDealFields on Deal {\n    id title status\n    amount { amountMinor currency }\n    stage { id name }\n  }\n": typeof types.RelatedDealFieldsFragmentDoc,
    "\n  query Contact($id: ID!) {\n    contact(id: $id) { ...ContactFields }\n    deals(filter: { contactId: $id }, first: 50) { totalCount edges { node { ...RelatedDealFields } } }\n  }\n": typeof types.ContactDocument,
    "\n  mutation CreateContact($input: CreateContactInput!) { createContact(input: $input) { ...ContactFields } }\n": typeof types.CreateContactDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) { updateContact(input: $input) { ...ContactFields } }\n": typeof types.UpdateContactDocument,
    "\n  mutation ArchiveContact($input: IdInput!) { archiveContact(input: $input) { ...ContactFields } }\n": typeof types.ArchiveContactDocument,
    "\n  mutation RestoreContact($input: IdInput!) { restoreContact(input: $input) { ...ContactFields } }\n": typeof types.RestoreContactDocument,
    "\n  fragment OrganizationRowFields on Organization {\n    id name domain industry employeeCount city country archivedAt createdAt updatedAt\n    owner { id name }\n  }\n": typeof types.OrganizationRowFieldsFragmentDoc,
    "\n  query Organizations($filter: OrganizationFilter, $orderBy: OrganizationOrderBy, $first: Int, $after: String) {\n    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...OrganizationRowFields } }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  query ContactOrganizationOptions($search: String) {\n    organizations(filter: { search: $search }, orderBy: { field: NAME }, first: 20) { edges { node { id name } } }\n  }\n": typeof types.ContactOrganizationOptionsDocument,
    "\n  fragment OrganizationFields on Organization {\n    id name domain industry employeeCount phone address city country archivedAt version createdAt updatedAt\n    owner { id name }\n  }\n": typeof types.OrganizationFieldsFragmentDoc,
    "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationFields\n      contacts(first: 100, orderBy: { field: NAME }) { totalCount edges { node { id name jobTitle email } } }\n    }\n    deals(filter: { organizationId: $id }, first: 50) { totalCount edges { node { ...RelatedDealFields } } }\n  }\n": typeof types.OrganizationDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ...OrganizationFields } }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { ...OrganizationFields } }\n": typeof types.UpdateOrganizationDocument,
    "\n  mutation ArchiveOrganization($input: IdInput!) { archiveOrganization(input: $input) { ...OrganizationFields } }\n": typeof types.ArchiveOrganizationDocument,
    "\n  mutation RestoreOrganization($input: IdInput!) { restoreOrganization(input: $input) { ...OrganizationFields } }\n": typeof types.RestoreOrganizationDocument,
    "\n  fragment DealFormDeal on Deal {\n    id version title type status expectedCloseDate\n    amount { amountMinor currency }\n    pipeline { id }\n    stage { id }\n    owner { id name }\n    organization { id name }\n    contact { id name }\n    lineItems { id }\n  }\n": typeof types.DealFormDealFragmentDoc,
    "\n  fragment DealPageDeal on Deal {\n    ...DealFormDeal\n    closedOn lostReason lostNote createdAt\n    attribution { ...AttributionFields }\n    stage { id name kind probability }\n    pipeline { id name }\n    lineItems {\n      id name quantity discountBasisPoints\n      product { id name sku active unitPrice { amountMinor currency } }\n      unitPrice { amountMinor currency }\n      total { amountMinor currency }\n    }\n    stageHistory {\n      id changedAt\n      changedBy { id name }\n      fromStage { id name }\n      toStage { id name }\n    }\n  }\n": typeof types.DealPageDealFragmentDoc,
    "\n  query DealPage($id: ID!) { deal(id: $id) { ...DealPageDeal } }\n": typeof types.DealPageDocument,
    "\n  query DealPageEventCursor($id: ID!, $after: Int!) {\n    dealEvents(id: $id, after: $after, first: 500) { cursor hasMore }\n  }\n": typeof types.DealPageEventCursorDocument,
    "\n  subscription DealPageEvents($id: ID!, $after: Int) {\n    dealEvents(id: $id, after: $after) { sequence type subjectId payload actor { id name } }\n  }\n": typeof types.DealPageEventsDocument,
    "\n  mutation DealPageWin($input: WinDealInput!) { winDeal(input: $input) { ...DealPageDeal } }\n": typeof types.DealPageWinDocument,
    "\n  mutation DealPageLose($input: LoseDealInput!) { loseDeal(input: $input) { ...DealPageDeal } }\n": typeof types.DealPageLoseDocument,
    "\n  mutation DealPageReopen($input: ReopenDealInput!) { reopenDeal(input: $input) { ...DealPageDeal } }\n": typeof types.DealPageReopenDocument,
    "\n  mutation DealPageDelete($input: DeleteDealInput!) { deleteDeal(input: $input) }\n": typeof types.DealPageDeleteDocument,
    "\n  mutation DealPageSetLineItems($input: SetDealLineItemsInput!) { setDealLineItems(input: $input) { ...DealPageDeal } }\n": typeof types.DealPageSetLineItemsDocument,
    "\n  query DealProductOptions($search: String) {\n    products(first: 20, filter: { active: true, search: $search }, orderBy: { field: NAME }) {\n      edges { node { id name sku active unitPrice { amountMinor currency } } }\n    }\n  }\n": typeof types.DealProductOptionsDocument,
    "\n  query DealFormOptions {\n    pipelines(first: 50) { edges { node { id name isDefault stages { id name kind } } } }\n    users(first: 100) { edges { node { id name active } } }\n  }\n": typeof types.DealFormOptionsDocument,
    "\n  query DealFormOrganizations($search: String) {\n    organizations(first: 20, filter: { search: $search }, orderBy: { field: NAME }) { edges { node { id name } } }\n  }\n": typeof types.DealFormOrganizationsDocument,
    "\n  query DealFormContacts($search: String) {\n    contacts(first: 20, filter: { search: $search }, orderBy: { field: NAME }) { edges { node { id name organization { id name } } } }\n  }\n": typeof types.DealFormContactsDocument,
    "\n  mutation DealFormCreate($input: CreateDealInput!) { createDeal(input: $input) { id } }\n": typeof types.DealFormCreateDocument,
    "\n  mutation DealFormUpdate($input: UpdateDealInput!) { updateDeal(input: $input) { id version } }\n": typeof types.DealFormUpdateDocument,
    "\n  mutation DealFormMove($input: MoveDealInput!) { moveDeal(input: $input) { id version } }\n": typeof types.DealFormMoveDocument,
    "\n  mutation DealFormTransfer($input: TransferDealInput!) { transferDeal(input: $input) { id version } }\n": typeof types.DealFormTransferDocument,
    "\n  fragment LeadRowFields on Lead {\n    id name companyName status source score createdAt owner { id name }\n  }\n": typeof types.LeadRowFieldsFragmentDoc,
    "\n  query Leads($first: Int, $after: String, $filter: LeadFilter, $orderBy: LeadOrderBy) {\n    leads(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...LeadRowFields } }\n    }\n  }\n": typeof types.LeadsDocument,
    "\n  fragment LeadDetailFields on Lead {\n    id version name firstName lastName email phone companyName companyWebsite companyEmployeeCount jobTitle\n    source sourceDetail score status disqualifiedReason createdAt\n    convertedAt convertedContactId convertedOrganizationId convertedDealId\n    owner { id name }\n    attribution { ...AttributionFields }\n    history { id fromStatus toStatus reason changedAt changedBy { id name } }\n  }\n": typeof types.LeadDetailFieldsFragmentDoc,
    "\n  query Lead($id: ID!) { lead(id: $id) { ...LeadDetailFields } }\n": typeof types.LeadDocument,
    "\n  query LeadConvertPipelines { pipelines(first: 100) { edges { node { id name isDefault } } } }\n": typeof types.LeadConvertPipelinesDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { id } }\n": typeof types.CreateLeadDocument,
    "\n  mutation UpdateLead($input: UpdateLeadInput!) { updateLead(input: $input) { ...LeadDetailFields } }\n": typeof types.UpdateLeadDocument,
    "\n  mutation ChangeLeadStatus($input: ChangeLeadStatusInput!) { changeLeadStatus(input: $input) { ...LeadDetailFields } }\n": typeof types.ChangeLeadStatusDocument,
    "\n  mutation ConvertLead($input: ConvertLeadInput!) {\n    convertLead(input: $input) {\n      contact { id }\n      contactReused\n      organization { id }\n      organizationReused\n      deal { id }\n    }\n  }\n": typeof types.ConvertLeadDocument,
    "\n  mutation DeleteLead($input: IdInput!) { deleteLead(input: $input) }\n": typeof types.DeleteLeadDocument,
    "\n  fragment MyDayTask on Activity {\n    id type subject dueAt isOverdue\n    deal { id title }\n    lead { id name }\n    contact { id name }\n    organization { id name }\n  }\n": typeof types.MyDayTaskFragmentDoc,
    "\n  query MyDay($me: ID!, $startOfToday: DateTimeISO!, $startOfTomorrow: DateTimeISO!, $closeBy: String!) {\n    overdue: activities(first: 25, filter: { ownerId: $me, done: false, dueBefore: $startOfToday }, orderBy: { field: DUE_AT, direction: ASC }) {\n      totalCount\n      edges { node { ...MyDayTask } }\n    }\n    today: activities(first: 25, filter: { ownerId: $me, done: false, dueAfter: $startOfToday, dueBefore: $startOfTomorrow }, orderBy: { field: DUE_AT, direction: ASC }) {\n      totalCount\n      edges { node { ...MyDayTask } }\n    }\n    followUps: deals(first: 25, filter: { ownerId: $me, status: [OPEN], expectedCloseTo: $closeBy }) {\n      totalCount\n      edges { node { id title expectedCloseDate amount { amountMinor currency } organization { id name } stage { id name } } }\n    }\n  }\n": typeof types.MyDayDocument,
    "\n  mutation CompleteMyDayTask($input: CompleteActivityInput!) { completeActivity(input: $input) { id doneAt } }\n": typeof types.CompleteMyDayTaskDocument,
    "\n  fragment Notification on OutboxEvent {\n    sequence type subjectId occurredAt payload\n    actor { id name }\n    deal { id title }\n  }\n": typeof types.NotificationFragmentDoc,
    "\n  query NotificationState { notificationState { readUpTo recentFrom } }\n": typeof types.NotificationStateDocument,
    "\n  query Notifications($after: Int!) {\n    myNotifications(after: $after, first: 100) { cursor hasMore reloadRequired events { ...Notification } }\n  }\n": typeof types.NotificationsDocument,
    "\n  subscription NotificationEvents($after: Int) { myNotifications(after: $after) { ...Notification } }\n": typeof types.NotificationEventsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { readUpTo } }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment PartnerRowFields on Partner {\n    id name type status tier referralCode email domain updatedAt\n    group { id name }\n  }\n": typeof types.PartnerRowFieldsFragmentDoc,
    "\n  query Partners($filter: PartnerFilter, $orderBy: PartnerOrderBy, $first: Int, $after: String) {\n    partners(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...PartnerRowFields } }\n    }\n  }\n": typeof types.PartnersDocument,
    "\n  fragment PartnerFields on Partner {\n    id name type status tier email domain referralCode installationId version createdAt updatedAt\n    group { id name }\n    manager { id name }\n  }\n": typeof types.PartnerFieldsFragmentDoc,
    "\n  fragment PartnerUserFields on User { id name email active lastLoginAt }\n": typeof types.PartnerUserFieldsFragmentDoc,
    "\n  fragment RegistrationFields on DealRegistration {\n    id title organizationName organizationDomain contactName contactEmail notes status expectedCloseDate\n    expiresAt createdAt decidedAt rejectionReason version\n    amount { amountMinor currency }\n    partner { id name }\n    submittedBy { id name }\n    decidedBy { id name }\n    deal { id title }\n    conflicts { kind description dealId registrationId }\n  }\n": typeof types.RegistrationFieldsFragmentDoc,
    "\n  fragment PartnerDealFields on Deal {\n    id title status\n    amount { amountMinor currency }\n    stage { id name }\n    owner { id name }\n  }\n": typeof types.PartnerDealFieldsFragmentDoc,
    "\n  fragment PartnerRegistrationRowFields on DealRegistration {\n    id title organizationName status createdAt\n    amount { amountMinor currency }\n    deal { id }\n    conflicts { kind }\n  }\n": typeof types.PartnerRegistrationRowFieldsFragmentDoc,
    "\n  query PartnerPage($id: ID!) {\n    partner(id: $id) { ...PartnerFields users { ...PartnerUserFields } }\n    dealRegistrations(filter: { partnerId: $id }, first: 20) { totalCount edges { node { ...PartnerRegistrationRowFields } } }\n    deals(filter: { partnerId: $id }, first: 20) { totalCount edges { node { ...PartnerDealFields } } }\n  }\n": typeof types.PartnerPageDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) { createPartner(input: $input) { ...PartnerFields } }\n": typeof types.CreatePartnerDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) { updatePartner(input: $input) { ...PartnerFields } }\n": typeof types.UpdatePartnerDocument,
    "\n  mutation RegeneratePartnerReferralCode($input: IdInput!) { regeneratePartnerReferralCode(input: $input) { ...PartnerFields } }\n": typeof types.RegeneratePartnerReferralCodeDocument,
    "\n  mutation InvitePartnerUser($input: InvitePartnerUserInput!) { invitePartnerUser(input: $input) { acceptUrl invite { id email expiresAt } } }\n": typeof types.InvitePartnerUserDocument,
    "\n  fragment PartnerGroupFields on PartnerGroup { id name description holdDays defaultInstallationId version }\n": typeof types.PartnerGroupFieldsFragmentDoc,
    "\n  query PartnerGroups { partnerGroups { ...PartnerGroupFields } }\n": typeof types.PartnerGroupsDocument,
    "\n  query PartnerInstallations { pluginInstallations { id name enabled plugin { id name } } }\n": typeof types.PartnerInstallationsDocument,
    "\n  mutation CreatePartnerGroup($input: CreatePartnerGroupInput!) { createPartnerGroup(input: $input) { ...PartnerGroupFields } }\n": typeof types.CreatePartnerGroupDocument,
    "\n  mutation UpdatePartnerGroup($input: UpdatePartnerGroupInput!) { updatePartnerGroup(input: $input) { ...PartnerGroupFields } }\n": typeof types.UpdatePartnerGroupDocument,
    "\n  mutation DeletePartnerGroup($input: IdInput!) { deletePartnerGroup(input: $input) }\n": typeof types.DeletePartnerGroupDocument,
    "\n  query Registrations($filter: DealRegistrationFilter, $first: Int, $after: String) {\n    dealRegistrations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...RegistrationFields } }\n    }\n  }\n": typeof types.RegistrationsDocument,
    "\n  query RegistrationApproveOptions { pipelines(first: 50) { edges { node { id name isDefault } } } }\n": typeof types.RegistrationApproveOptionsDocument,
    "\n  mutation ApproveDealRegistration($input: ApproveDealRegistrationInput!) { approveDealRegistration(input: $input) { ...RegistrationFields } }\n": typeof types.ApproveDealRegistrationDocument,
    "\n  mutation RejectDealRegistration($input: RejectDealRegistrationInput!) { rejectDealRegistration(input: $input) { ...RegistrationFields } }\n": typeof types.RejectDealRegistrationDocument,
    "\n  fragment AttributionFields on Attribution {\n    source attributedAt\n    partner { id name }\n    attributedBy { id name }\n  }\n": typeof types.AttributionFieldsFragmentDoc,
    "\n  query AttributionPartnerOptions($search: String) {\n    partners(filter: { search: $search, status: [ACTIVE] }, orderBy: { field: NAME }, first: 20) { edges { node { id name type } } }\n  }\n": typeof types.AttributionPartnerOptionsDocument,
    "\n  mutation SetDealAttribution($input: SetDealAttributionInput!) { setDealAttribution(input: $input) { ...DealPageDeal } }\n": typeof types.SetDealAttributionDocument,
    "\n  mutation SetLeadAttribution($input: SetLeadAttributionInput!) { setLeadAttribution(input: $input) { ...LeadDetailFields } }\n": typeof types.SetLeadAttributionDocument,
    "\n  fragment ContactReferralFields on Contact {\n    referralCode\n    referrals(first: 20) {\n      totalCount\n      edges { node { id code status createdAt convertedAt lead { id name } referred { id name } } }\n    }\n  }\n": typeof types.ContactReferralFieldsFragmentDoc,
    "\n  mutation IssueReferralCode($input: IssueReferralCodeInput!) { issueReferralCode(input: $input) { id isCustomer ...ContactReferralFields } }\n": typeof types.IssueReferralCodeDocument,
    "\n  fragment PluginVersionFields on PluginVersion { id semver hooks codeHash publishedAt settingsSchema }\n": typeof types.PluginVersionFieldsFragmentDoc,
    "\n  fragment PluginInstallationFields on PluginInstallation {\n    id name enabled scope settings version updatedAt\n    plugin { id key name }\n    pluginVersion { id semver }\n  }\n": typeof types.PluginInstallationFieldsFragmentDoc,
    "\n  query PluginsPage {\n    pluginInstallations { ...PluginInstallationFields }\n    plugins { id key name description kind builtIn versions { ...PluginVersionFields } }\n    builtInPlugins { key name description version }\n  }\n": typeof types.PluginsPageDocument,
    "\n  mutation AddBuiltInPlugin($input: AddBuiltInPluginInput!) { addBuiltInPlugin(input: $input) { id semver plugin { id name } } }\n": typeof types.AddBuiltInPluginDocument,
    "\n  mutation PublishPluginVersion($input: PublishPluginVersionInput!) { publishPluginVersion(input: $input) { id semver plugin { id name } } }\n": typeof types.PublishPluginVersionDocument,
    "\n  mutation InstallPlugin($input: InstallPluginInput!) { installPlugin(input: $input) { ...PluginInstallationFields } }\n": typeof types.InstallPluginDocument,
    "\n  mutation UpdatePluginInstallation($input: UpdateInstallationInput!) { updatePluginInstallation(input: $input) { ...PluginInstallationFields } }\n": typeof types.UpdatePluginInstallationDocument,
    "\n  query SimulatePlugin($input: SimulatePluginInput!) {\n    simulatePlugin(input: $input) {\n      runs failureCount\n      failures { eventId reason message }\n      payees { partnerId partnerName payeeUserId currency recordedMinor simulatedMinor differenceMinor }\n    }\n  }\n": typeof types.SimulatePluginDocument,
    "\n  fragment PluginRunFields on PluginRun {\n    id createdAt updatedAt hook status attempts failureReason failureMessage logs nextAttemptAt durationMicros\n    installation { id name }\n    pluginVersion { id semver plugin { id name } }\n  }\n": typeof types.PluginRunFieldsFragmentDoc,
    "\n  query PluginRuns($filter: PluginRunFilter, $first: Int, $after: String) {\n    pluginRuns(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...PluginRunFields } }\n    }\n  }\n": typeof types.PluginRunsDocument,
    "\n  mutation RetryPluginRun($input: IdInput!) { retryPluginRun(input: $input) { ...PluginRunFields } }\n": typeof types.RetryPluginRunDocument,
    "\n  query PortalPartner { myPartner { id name type status tier referralCode } }\n": typeof types.PortalPartnerDocument,
    "\n  query PortalLedger($first: Int, $after: String) {\n    ledgerEntries(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id createdAt kind status explanation amount { amountMinor currency } } }\n    }\n  }\n": typeof types.PortalLedgerDocument,
    "\n  fragment PortalRegistrationFields on DealRegistration {\n    id title organizationName organizationDomain status expectedCloseDate expiresAt createdAt decidedAt rejectionReason\n    amount { amountMinor currency }\n    conflicts { kind description }\n  }\n": typeof types.PortalRegistrationFieldsFragmentDoc,
    "\n  mutation PortalSubmitRegistration($input: SubmitDealRegistrationInput!) {\n    submitDealRegistration(input: $input) { ...PortalRegistrationFields }\n  }\n": typeof types.PortalSubmitRegistrationDocument,
    "\n  query PortalRegistrations($first: Int, $after: String) {\n    dealRegistrations(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...PortalRegistrationFields } }\n    }\n  }\n": typeof types.PortalRegistrationsDocument,
    "\n  query PortalDeals($first: Int, $after: String) {\n    partnerDeals(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id title status expectedCloseDate amount { amountMinor currency } stage { id name } } }\n    }\n  }\n": typeof types.PortalDealsDocument,
    "\n  query PortalPayouts($first: Int, $after: String) {\n    payouts(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { id periodStart periodEnd entryCount status paidAt reference createdAt total { amountMinor currency } } }\n    }\n  }\n": typeof types.PortalPayoutsDocument,
    "\n  query PortalPayoutCsv($id: ID!) { payout(id: $id) { id csv } }\n": typeof types.PortalPayoutCsvDocument,
    "\n  query ReferralInvitation($workspace: String!, $referralCode: String!) {\n    referralInvitation(workspace: $workspace, referralCode: $referralCode) { workspaceName referrerName }\n  }\n": typeof types.ReferralInvitationDocument,
    "\n  mutation SubmitReferral($input: SubmitReferralInput!) { submitReferral(input: $input) }\n": typeof types.SubmitReferralDocument,
    "\n  fragment SettingsStage on Stage { id name probability kind position version }\n": typeof types.SettingsStageFragmentDoc,
    "\n  fragment SettingsPipeline on Pipeline { id name isDefault version stages { ...SettingsStage } }\n": typeof types.SettingsPipelineFragmentDoc,
    "\n  query SettingsPipelines { pipelines(first: 50) { edges { node { ...SettingsPipeline } } } }\n": typeof types.SettingsPipelinesDocument,
    "\n  mutation CreateSettingsPipeline($input: CreatePipelineInput!) { createPipeline(input: $input) { ...SettingsPipeline } }\n": typeof types.CreateSettingsPipelineDocument,
    "\n  mutation UpdateSettingsPipeline($input: UpdatePipelineInput!) { updatePipeline(input: $input) { id name isDefault version } }\n": typeof types.UpdateSettingsPipelineDocument,
    "\n  mutation CreateSettingsStage($input: CreateStageInput!) { createStage(input: $input) { ...SettingsStage } }\n": typeof types.CreateSettingsStageDocument,
    "\n  mutation UpdateSettingsStage($input: UpdateStageInput!) { updateStage(input: $input) { ...SettingsStage } }\n": typeof types.UpdateSettingsStageDocument,
    "\n  mutation ReorderSettingsStages($input: ReorderStagesInput!) { reorderStages(input: $input) { ...SettingsStage } }\n": typeof types.ReorderSettingsStagesDocument,
    "\n  mutation DeleteSettingsStage($input: DeleteStageInput!) { deleteStage(input: $input) }\n": typeof types.DeleteSettingsStageDocument,
    "\n  fragment SettingsUser on User { id name email role jobTitle active lastLoginAt version }\n": typeof types.SettingsUserFragmentDoc,
    "\n  query SettingsUsers { users(first: 100) { totalCount edges { node { ...SettingsUser } } } }\n": typeof types.SettingsUsersDocument,
    "\n  mutation UpdateSettingsUser($input: UpdateUserInput!) { updateUser(input: $input) { ...SettingsUser } }\n": typeof types.UpdateSettingsUserDocument,
    "\n  fragment SettingsInvite on Invite { id email role jobTitle expiresAt }\n": typeof types.SettingsInviteFragmentDoc,
    "\n  query SettingsInvites { invites { ...SettingsInvite } }\n": typeof types.SettingsInvitesDocument,
    "\n  mutation InviteSettingsUser($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl invite { ...SettingsInvite } } }\n": typeof types.InviteSettingsUserDocument,
    "\n  mutation RevokeSettingsInvite($input: IdInput!) { revokeInvite(input: $input) { id } }\n": typeof types.RevokeSettingsInviteDocument,
    "\n  query SettingsWorkspace { tenant { id name slug baseCurrency locale timeZone repsSeeOwnRecordsOnly } }\n": typeof types.SettingsWorkspaceDocument,
    "\n  mutation UpdateSettingsWorkspace($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) { id name slug baseCurrency locale timeZone repsSeeOwnRecordsOnly }\n  }\n": typeof types.UpdateSettingsWorkspaceDocument,
    "query SessionTestMe { me { id name } }": typeof types.SessionTestMeDocument,
};
const documents: Documents = {
    "\n  query TeamMembers { users(first: 100) { edges { node { id name active } } } }\n": types.TeamMembersDocument,
    "\n  fragment TimelineActivity on Activity {\n    id version type subject note outcome dueAt doneAt isOverdue durationMinutes createdAt\n    owner { id name }\n  }\n": types.TimelineActivityFragmentDoc,
    "\n  query TimelineActivities($filter: ActivityFilter!, $after: String) {\n    activities(filter: $filter, first: 20, after: $after, orderBy: { field: DUE_AT, direction: DESC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...TimelineActivity } }\n    }\n  }\n": types.TimelineActivitiesDocument,
    "\n  mutation LogActivity($input: CreateActivityInput!) { createActivity(input: $input) { ...TimelineActivity } }\n": types.LogActivityDocument,
    "\n  mutation CompleteTimelineActivity($input: CompleteActivityInput!) { completeActivity(input: $input) { ...TimelineActivity } }\n": types.CompleteTimelineActivityDocument,
    "\n  mutation ReopenTimelineActivity($input: IdInput!) { reopenActivity(input: $input) { ...TimelineActivity } }\n": types.ReopenTimelineActivityDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    expiresIn\n    refreshToken\n    user { id name email role }\n    tenant { id name slug baseCurrency locale timeZone }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) { login(input: $input) { ...SessionFields } }\n": types.LoginDocument,
    "\n  mutation Signup($input: SignupInput!) { signup(input: $input) { ...SessionFields } }\n": types.SignupDocument,
    "\n  mutation AcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { ...SessionFields } }\n": types.AcceptInviteDocument,
    "\n  mutation RefreshSession($input: RefreshInput!) { refreshSession(input: $input) { ...SessionFields } }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($input: RefreshInput!) { logout(input: $input) }\n": types.LogoutDocument,
    "\n  query Pipelines { pipelines(first: 50) { edges { node { id name isDefault } } } }\n": types.PipelinesDocument,
    "\n  fragment BoardCard on Deal {\n    id title version position status type expectedCloseDate\n    amount { amountMinor currency }\n    owner { id name }\n    organization { id name }\n    stage { id }\n    pipeline { id }\n  }\n": types.BoardCardFragmentDoc,
    "\n  fragment BoardFigures on BoardColumn {\n    count\n    stage { id name probability kind }\n    sum { amountMinor currency }\n    weightedSum { amountMinor currency }\n    totals { currency count sum { amountMinor currency } }\n    unconvertedCount\n  }\n": types.BoardFiguresFragmentDoc,
    "\n  query Board($pipelineId: ID, $filter: DealFilter, $first: Int!) {\n    pipelineBoard(pipelineId: $pipelineId, filter: $filter) {\n      pipeline { id }\n      eventCursor\n      sum { amountMinor currency }\n      weightedSum { amountMinor currency }\n      columns {\n        ...BoardFigures\n        deals(first: $first) { edges { node { ...BoardCard } } pageInfo { hasNextPage endCursor } }\n      }\n    }\n  }\n": types.BoardDocument,
    "\n  query BoardColumnPage($pipelineId: ID!, $filter: DealFilter!, $first: Int!, $after: String!) {\n    pipelineBoard(pipelineId: $pipelineId, filter: $filter) {\n      columns {\n        stage { id }\n        deals(first: $first, after: $after) { edges { node { ...BoardCard } } pageInfo { hasNextPage endCursor } }\n      }\n    }\n  }\n": types.BoardColumnPageDocument,
    "\n  query BoardFiguresOnly($pipelineId: ID!, $filter: DealFilter) {\n    pipelineBoard(pipelineId: $pipelineId, filter: $filter) {\n      sum { amountMinor currency }\n      weightedSum { amountMinor currency }\n      columns { ...BoardFigures }\n    }\n  }\n": types.BoardFiguresOnlyDocument,
    "\n  subscription BoardEvents($pipelineId: ID!, $after: Int) {\n    pipelineEvents(pipelineId: $pipelineId, after: $after) { sequence type subjectId deal { ...BoardCard } }\n  }\n": types.BoardEventsDocument,
    "\n  mutation MoveDeal($input: MoveDealInput!) { moveDeal(input: $input) { ...BoardCard } }\n": types.MoveDealDocument,
    "\n  mutation WinDeal($input: WinDealInput!) { winDeal(input: $input) { ...BoardCard } }\n": types.WinDealDocument,
    "\n  mutation LoseDeal($input: LoseDealInput!) { loseDeal(input: $input) { ...BoardCard } }\n": types.LoseDealDocument,
    "\n  fragment LedgerOverrideFields on AuditEntry { id action reason before after at actor { id name } }\n": types.LedgerOverrideFieldsFragmentDoc,
    "\n  fragment LedgerEntryFields on LedgerEntry {\n    id createdAt kind hook status explanation reasonCode fraudFlags holdUntil approvedAt voidReason\n    pluginRef rateBasisPoints codeHash settingsHash inputHash outputHash version\n    amount { amountMinor currency }\n    basis { amountMinor currency }\n    partner { id name }\n    payeeUser { id name }\n    payeeContact { id name }\n    deal { id title }\n    reverses { id createdAt hook amount { amountMinor currency } deal { id title } }\n    overrides { ...LedgerOverrideFields }\n  }\n": types.LedgerEntryFieldsFragmentDoc,
    "\n  query LedgerEntries($filter: LedgerEntryFilter, $first: Int, $after: String) {\n    ledgerEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...LedgerEntryFields } }\n    }\n  }\n": types.LedgerEntriesDocument,
    "\n  mutation ApproveLedgerEntries($input: ApproveLedgerEntriesInput!) {\n    approveLedgerEntries(input: $input) { id status approvedAt version }\n  }\n": types.ApproveLedgerEntriesDocument,
    "\n  mutation ApproveDueLedgerEntries($input: ApproveDueLedgerEntriesInput!) { approveDueLedgerEntries(input: $input) }\n": types.ApproveDueLedgerEntriesDocument,
    "\n  mutation VoidLedgerEntry($input: VoidLedgerEntryInput!) { voidLedgerEntry(input: $input) { ...LedgerEntryFields } }\n": types.VoidLedgerEntryDocument,
    "\n  mutation ReleaseHeldLedgerEntry($input: ReleaseHeldEntryInput!) { releaseHeldLedgerEntry(input: $input) { ...LedgerEntryFields } }\n": types.ReleaseHeldLedgerEntryDocument,
    "\n  mutation AdjustLedger($input: AdjustLedgerInput!) { adjustLedger(input: $input) { ...LedgerEntryFields } }\n": types.AdjustLedgerDocument,
    "\n  query CommissionPartners { partners(first: 100, orderBy: { field: NAME }) { edges { node { id name } } } }\n": types.CommissionPartnersDocument,
    "\n  fragment PayoutRowFields on Payout {\n    id createdAt periodStart periodEnd entryCount status paidAt reference version\n    total { amountMinor currency }\n    partner { id name }\n    payeeUser { id name }\n  }\n": types.PayoutRowFieldsFragmentDoc,
    "\n  query Payouts($filter: PayoutFilter, $first: Int, $after: String) {\n    payouts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...PayoutRowFields } }\n    }\n  }\n": types.PayoutsDocument,
    "\n  query PayoutStatement($id: ID!) {\n    payout(id: $id) {\n      id\n      entries {\n        id createdAt kind hook explanation rateBasisPoints\n        amount { amountMinor currency }\n        basis { amountMinor currency }\n        deal { id title }\n      }\n    }\n  }\n": types.PayoutStatementDocument,
    "\n  query PayoutCsv($id: ID!) { payout(id: $id) { id csv } }\n": types.PayoutCsvDocument,
    "\n  mutation IssuePayouts($input: IssuePayoutsInput!) { issuePayouts(input: $input) { ...PayoutRowFields } }\n": types.IssuePayoutsDocument,
    "\n  mutation MarkPayoutPaid($input: MarkPayoutPaidInput!) { markPayoutPaid(input: $input) { ...PayoutRowFields } }\n": types.MarkPayoutPaidDocument,
    "\n  fragment CommissionPeriodFields on CommissionPeriod { id periodStart periodEnd closedAt }\n": types.CommissionPeriodFieldsFragmentDoc,
    "\n  query CommissionPeriods { commissionPeriods { ...CommissionPeriodFields } }\n": types.CommissionPeriodsDocument,
    "\n  mutation CloseCommissionPeriod($input: CommissionPeriodInput!) { closeCommissionPeriod(input: $input) { ...CommissionPeriodFields } }\n": types.CloseCommissionPeriodDocument,
    "\n  fragment ContactRowFields on Contact {\n    id name email phone jobTitle isCustomer archivedAt createdAt updatedAt\n    organization { id name }\n    owner { id name }\n  }\n": types.ContactRowFieldsFragmentDoc,
    "\n  query Contacts($filter: ContactFilter, $orderBy: ContactOrderBy, $first: Int, $after: String) {\n    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...ContactRowFields } }\n    }\n  }\n": types.ContactsDocument,
    "\n  fragment ContactFields on Contact {\n    id firstName lastName name email phone jobTitle isCustomer customerSince archivedAt version createdAt updatedAt\n    ...ContactReferralFields\n    organization { id name }\n    owner { id name }\n  }\n": types.ContactFieldsFragmentDoc,
    "\n  fragment RelatedDealFields on Deal {\n    id title status\n    amount { amountMinor currency }\n    stage { id name }\n  }\n": types.RelatedDealFieldsFragmentDoc,
    "\n  query Contact($id: ID!) {\n    contact(id: $id) { ...ContactFields }\n    deals(filter: { contactId: $id }, first: 50) { totalCount edges { node { ...RelatedDealFields } } }\n  }\n": types.ContactDocument,
    "\n  mutation CreateContact($input: CreateContactInput!) { createContact(input: $input) { ...ContactFields } }\n": types.CreateContactDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) { updateContact(input: $input) { ...ContactFields } }\n": types.UpdateContactDocument,
    "\n  mutation ArchiveContact($input: IdInput!) { archiveContact(input: $input) { ...ContactFields } }\n": types.ArchiveContactDocument,
    "\n  mutation RestoreContact($input: IdInput!) { restoreContact(input: $input) { ...ContactFields } }\n": types.RestoreContactDocument,
    "\n  fragment OrganizationRowFields on Organization {\n    id name domain industry employeeCount city country archivedAt createdAt updatedAt\n    owner { id name }\n  }\n": types.OrganizationRowFieldsFragmentDoc,
    "\n  query Organizations($filter: OrganizationFilter, $orderBy: OrganizationOrderBy, $first: Int, $after: String) {\n    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...OrganizationRowFields } }\n    }\n  }\n": types.OrganizationsDocument,
    "\n  query ContactOrganizationOptions($search: String) {\n    organizations(filter: { search: $search }, orderBy: { field: NAME }, first: 20) { edges { node { id name } } }\n  }\n": types.ContactOrganizationOptionsDocument,
    "\n  fragment OrganizationFields on Organization {\n    id name domain industry employeeCount phone address city country archivedAt version createdAt updatedAt\n    owner { id name }\n  }\n": types.OrganizationFieldsFragmentDoc,
    "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationFields\n      contacts(first: 100, orderBy: { field: NAME }) { totalCount edges { node { id name jobTitle email } } }\n    }\n    deals(filter: { organizationId: $id }, first: 50) { totalCount edges { node { ...RelatedDealFields } } }\n  }\n": types.OrganizationDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ...OrganizationFields } }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { ...OrganizationFields } }\n": types.UpdateOrganizationDocument,
    "\n  mutation ArchiveOrganization($input: IdInput!) { archiveOrganization(input: $input) { ...OrganizationFields } }\n": types.ArchiveOrganizationDocument,
    "\n  mutation RestoreOrganization($input: IdInput!) { restoreOrganization(input: $input) { ...OrganizationFields } }\n": types.RestoreOrganizationDocument,
    "\n  fragment DealFormDeal on Deal {\n    id version title type status expectedCloseDate\n    amount { amountMinor currency }\n    pipeline { id }\n    stage { id }\n    owner { id name }\n    organization { id name }\n    contact { id name }\n    lineItems { id }\n  }\n": types.DealFormDealFragmentDoc,
    "\n  fragment DealPageDeal on Deal {\n    ...DealFormDeal\n    closedOn lostReason lostNote createdAt\n    attribution { ...AttributionFields }\n    stage { id name kind probability }\n    pipeline { id name }\n    lineItems {\n      id name quantity discountBasisPoints\n      product { id name sku active unitPrice { amountMinor currency } }\n      unitPrice { amountMinor currency }\n      total { amountMinor currency }\n    }\n    stageHistory {\n      id changedAt\n      changedBy { id name }\n      fromStage { id name }\n      toStage { id name }\n    }\n  }\n": types.DealPageDealFragmentDoc,
    "\n  query DealPage($id: ID!) { deal(id: $id) { ...DealPageDeal } }\n": types.DealPageDocument,
    "\n  query DealPageEventCursor($id: ID!, $after: Int!) {\n    dealEvents(id: $id, after: $after, first: 500) { cursor hasMore }\n  }\n": types.DealPageEventCursorDocument,
    "\n  subscription DealPageEvents($id: ID!, $after: Int) {\n    dealEvents(id: $id, after: $after) { sequence type subjectId payload actor { id name } }\n  }\n": types.DealPageEventsDocument,
    "\n  mutation DealPageWin($input: WinDealInput!) { winDeal(input: $input) { ...DealPageDeal } }\n": types.DealPageWinDocument,
    "\n  mutation DealPageLose($input: LoseDealInput!) { loseDeal(input: $input) { ...DealPageDeal } }\n": types.DealPageLoseDocument,
    "\n  mutation DealPageReopen($input: ReopenDealInput!) { reopenDeal(input: $input) { ...DealPageDeal } }\n": types.DealPageReopenDocument,
    "\n  mutation DealPageDelete($input: DeleteDealInput!) { deleteDeal(input: $input) }\n": types.DealPageDeleteDocument,
    "\n  mutation DealPageSetLineItems($input: SetDealLineItemsInput!) { setDealLineItems(input: $input) { ...DealPageDeal } }\n": types.DealPageSetLineItemsDocument,
    "\n  query DealProductOptions($search: String) {\n    products(first: 20, filter: { active: true, search: $search }, orderBy: { field: NAME }) {\n      edges { node { id name sku active unitPrice { amountMinor currency } } }\n    }\n  }\n": types.DealProductOptionsDocument,
    "\n  query DealFormOptions {\n    pipelines(first: 50) { edges { node { id name isDefault stages { id name kind } } } }\n    users(first: 100) { edges { node { id name active } } }\n  }\n": types.DealFormOptionsDocument,
    "\n  query DealFormOrganizations($search: String) {\n    organizations(first: 20, filter: { search: $search }, orderBy: { field: NAME }) { edges { node { id name } } }\n  }\n": types.DealFormOrganizationsDocument,
    "\n  query DealFormContacts($search: String) {\n    contacts(first: 20, filter: { search: $search }, orderBy: { field: NAME }) { edges { node { id name organization { id name } } } }\n  }\n": types.DealFormContactsDocument,
    "\n  mutation DealFormCreate($input: CreateDealInput!) { createDeal(input: $input) { id } }\n": types.DealFormCreateDocument,
    "\n  mutation DealFormUpdate($input: UpdateDealInput!) { updateDeal(input: $input) { id version } }\n": types.DealFormUpdateDocument,
    "\n  mutation DealFormMove($input: MoveDealInput!) { moveDeal(input: $input) { id version } }\n": types.DealFormMoveDocument,
    "\n  mutation DealFormTransfer($input: TransferDealInput!) { transferDeal(input: $input) { id version } }\n": types.DealFormTransferDocument,
    "\n  fragment LeadRowFields on Lead {\n    id name companyName status source score createdAt owner { id name }\n  }\n": types.LeadRowFieldsFragmentDoc,
    "\n  query Leads($first: Int, $after: String, $filter: LeadFilter, $orderBy: LeadOrderBy) {\n    leads(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...LeadRowFields } }\n    }\n  }\n": types.LeadsDocument,
    "\n  fragment LeadDetailFields on Lead {\n    id version name firstName lastName email phone companyName companyWebsite companyEmployeeCount jobTitle\n    source sourceDetail score status disqualifiedReason createdAt\n    convertedAt convertedContactId convertedOrganizationId convertedDealId\n    owner { id name }\n    attribution { ...AttributionFields }\n    history { id fromStatus toStatus reason changedAt changedBy { id name } }\n  }\n": types.LeadDetailFieldsFragmentDoc,
    "\n  query Lead($id: ID!) { lead(id: $id) { ...LeadDetailFields } }\n": types.LeadDocument,
    "\n  query LeadConvertPipelines { pipelines(first: 100) { edges { node { id name isDefault } } } }\n": types.LeadConvertPipelinesDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { id } }\n": types.CreateLeadDocument,
    "\n  mutation UpdateLead($input: UpdateLeadInput!) { updateLead(input: $input) { ...LeadDetailFields } }\n": types.UpdateLeadDocument,
    "\n  mutation ChangeLeadStatus($input: ChangeLeadStatusInput!) { changeLeadStatus(input: $input) { ...LeadDetailFields } }\n": types.ChangeLeadStatusDocument,
    "\n  mutation ConvertLead($input: ConvertLeadInput!) {\n    convertLead(input: $input) {\n      contact { id }\n      contactReused\n      organization { id }\n      organizationReused\n      deal { id }\n    }\n  }\n": types.ConvertLeadDocument,
    "\n  mutation DeleteLead($input: IdInput!) { deleteLead(input: $input) }\n": types.DeleteLeadDocument,
    "\n  fragment MyDayTask on Activity {\n    id type subject dueAt isOverdue\n    deal { id title }\n    lead { id name }\n    contact { id name }\n    organization { id name }\n  }\n": types.MyDayTaskFragmentDoc,
    "\n  query MyDay($me: ID!, $startOfToday: DateTimeISO!, $startOfTomorrow: DateTimeISO!, $closeBy: String!) {\n    overdue: activities(first: 25, filter: { ownerId: $me, done: false, dueBefore: $startOfToday }, orderBy: { field: DUE_AT, direction: ASC }) {\n      totalCount\n      edges { node { ...MyDayTask } }\n    }\n    today: activities(first: 25, filter: { ownerId: $me, done: false, dueAfter: $startOfToday, dueBefore: $startOfTomorrow }, orderBy: { field: DUE_AT, direction: ASC }) {\n      totalCount\n      edges { node { ...MyDayTask } }\n    }\n    followUps: deals(first: 25, filter: { ownerId: $me, status: [OPEN], expectedCloseTo: $closeBy }) {\n      totalCount\n      edges { node { id title expectedCloseDate amount { amountMinor currency } organization { id name } stage { id name } } }\n    }\n  }\n": types.MyDayDocument,
    "\n  mutation CompleteMyDayTask($input: CompleteActivityInput!) { completeActivity(input: $input) { id doneAt } }\n": types.CompleteMyDayTaskDocument,
    "\n  fragment Notification on OutboxEvent {\n    sequence type subjectId occurredAt payload\n    actor { id name }\n    deal { id title }\n  }\n": types.NotificationFragmentDoc,
    "\n  query NotificationState { notificationState { readUpTo recentFrom } }\n": types.NotificationStateDocument,
    "\n  query Notifications($after: Int!) {\n    myNotifications(after: $after, first: 100) { cursor hasMore reloadRequired events { ...Notification } }\n  }\n": types.NotificationsDocument,
    "\n  subscription NotificationEvents($after: Int) { myNotifications(after: $after) { ...Notification } }\n": types.NotificationEventsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { readUpTo } }\n": types.MarkNotificationsReadDocument,
    "\n  fragment PartnerRowFields on Partner {\n    id name type status tier referralCode email domain updatedAt\n    group { id name }\n  }\n": types.PartnerRowFieldsFragmentDoc,
    "\n  query Partners($filter: PartnerFilter, $orderBy: PartnerOrderBy, $first: Int, $after: String) {\n    partners(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...PartnerRowFields } }\n    }\n  }\n": types.PartnersDocument,
    "\n  fragment PartnerFields on Partner {\n    id name type status tier email domain referralCode installationId version createdAt updatedAt\n    group { id name }\n    manager { id name }\n  }\n": types.PartnerFieldsFragmentDoc,
    "\n  fragment PartnerUserFields on User { id name email active lastLoginAt }\n": types.PartnerUserFieldsFragmentDoc,
    "\n  fragment RegistrationFields on DealRegistration {\n    id title organizationName organizationDomain contactName contactEmail notes status expectedCloseDate\n    expiresAt createdAt decidedAt rejectionReason version\n    amount { amountMinor currency }\n    partner { id name }\n    submittedBy { id name }\n    decidedBy { id name }\n    deal { id title }\n    conflicts { kind description dealId registrationId }\n  }\n": types.RegistrationFieldsFragmentDoc,
    "\n  fragment PartnerDealFields on Deal {\n    id title status\n    amount { amountMinor currency }\n    stage { id name }\n    owner { id name }\n  }\n": types.PartnerDealFieldsFragmentDoc,
    "\n  fragment PartnerRegistrationRowFields on DealRegistration {\n    id title organizationName status createdAt\n    amount { amountMinor currency }\n    deal { id }\n    conflicts { kind }\n  }\n": types.PartnerRegistrationRowFieldsFragmentDoc,
    "\n  query PartnerPage($id: ID!) {\n    partner(id: $id) { ...PartnerFields users { ...PartnerUserFields } }\n    dealRegistrations(filter: { partnerId: $id }, first: 20) { totalCount edges { node { ...PartnerRegistrationRowFields } } }\n    deals(filter: { partnerId: $id }, first: 20) { totalCount edges { node { ...PartnerDealFields } } }\n  }\n": types.PartnerPageDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) { createPartner(input: $input) { ...PartnerFields } }\n": types.CreatePartnerDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) { updatePartner(input: $input) { ...PartnerFields } }\n": types.UpdatePartnerDocument,
    "\n  mutation RegeneratePartnerReferralCode($input: IdInput!) { regeneratePartnerReferralCode(input: $input) { ...PartnerFields } }\n": types.RegeneratePartnerReferralCodeDocument,
    "\n  mutation InvitePartnerUser($input: InvitePartnerUserInput!) { invitePartnerUser(input: $input) { acceptUrl invite { id email expiresAt } } }\n": types.InvitePartnerUserDocument,
    "\n  fragment PartnerGroupFields on PartnerGroup { id name description holdDays defaultInstallationId version }\n": types.PartnerGroupFieldsFragmentDoc,
    "\n  query PartnerGroups { partnerGroups { ...PartnerGroupFields } }\n": types.PartnerGroupsDocument,
    "\n  query PartnerInstallations { pluginInstallations { id name enabled plugin { id name } } }\n": types.PartnerInstallationsDocument,
    "\n  mutation CreatePartnerGroup($input: CreatePartnerGroupInput!) { createPartnerGroup(input: $input) { ...PartnerGroupFields } }\n": types.CreatePartnerGroupDocument,
    "\n  mutation UpdatePartnerGroup($input: UpdatePartnerGroupInput!) { updatePartnerGroup(input: $input) { ...PartnerGroupFields } }\n": types.UpdatePartnerGroupDocument,
    "\n  mutation DeletePartnerGroup($input: IdInput!) { deletePartnerGroup(input: $input) }\n": types.DeletePartnerGroupDocument,
    "\n  query Registrations($filter: DealRegistrationFilter, $first: Int, $after: String) {\n    dealRegistrations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...RegistrationFields } }\n    }\n  }\n": types.RegistrationsDocument,
    "\n  query RegistrationApproveOptions { pipelines(first: 50) { edges { node { id name isDefault } } } }\n": types.RegistrationApproveOptionsDocument,
    "\n  mutation ApproveDealRegistration($input: ApproveDealRegistrationInput!) { approveDealRegistration(input: $input) { ...RegistrationFields } }\n": types.ApproveDealRegistrationDocument,
    "\n  mutation RejectDealRegistration($input: RejectDealRegistrationInput!) { rejectDealRegistration(input: $input) { ...RegistrationFields } }\n": types.RejectDealRegistrationDocument,
    "\n  fragment AttributionFields on Attribution {\n    source attributedAt\n    partner { id name }\n    attributedBy { id name }\n  }\n": types.AttributionFieldsFragmentDoc,
    "\n  query AttributionPartnerOptions($search: String) {\n    partners(filter: { search: $search, status: [ACTIVE] }, orderBy: { field: NAME }, first: 20) { edges { node { id name type } } }\n  }\n": types.AttributionPartnerOptionsDocument,
    "\n  mutation SetDealAttribution($input: SetDealAttributionInput!) { setDealAttribution(input: $input) { ...DealPageDeal } }\n": types.SetDealAttributionDocument,
    "\n  mutation SetLeadAttribution($input: SetLeadAttributionInput!) { setLeadAttribution(input: $input) { ...LeadDetailFields } }\n": types.SetLeadAttributionDocument,
    "\n  fragment ContactReferralFields on Contact {\n    referralCode\n    referrals(first: 20) {\n      totalCount\n      edges { node { id code status createdAt convertedAt lead { id name } referred { id name } } }\n    }\n  }\n": types.ContactReferralFieldsFragmentDoc,
    "\n  mutation IssueReferralCode($input: IssueReferralCodeInput!) { issueReferralCode(input: $input) { id isCustomer ...ContactReferralFields } }\n": types.IssueReferralCodeDocument,
    "\n  fragment PluginVersionFields on PluginVersion { id semver hooks codeHash publishedAt settingsSchema }\n": types.PluginVersionFieldsFragmentDoc,
    "\n  fragment PluginInstallationFields on PluginInstallation {\n    id name enabled scope settings version updatedAt\n    plugin { id key name }\n    pluginVersion { id semver }\n  }\n": types.PluginInstallationFieldsFragmentDoc,
    "\n  query PluginsPage {\n    pluginInstallations { ...PluginInstallationFields }\n    plugins { id key name description kind builtIn versions { ...PluginVersionFields } }\n    builtInPlugins { key name description version }\n  }\n": types.PluginsPageDocument,
    "\n  mutation AddBuiltInPlugin($input: AddBuiltInPluginInput!) { addBuiltInPlugin(input: $input) { id semver plugin { id name } } }\n": types.AddBuiltInPluginDocument,
    "\n  mutation PublishPluginVersion($input: PublishPluginVersionInput!) { publishPluginVersion(input: $input) { id semver plugin { id name } } }\n": types.PublishPluginVersionDocument,
    "\n  mutation InstallPlugin($input: InstallPluginInput!) { installPlugin(input: $input) { ...PluginInstallationFields } }\n": types.InstallPluginDocument,
    "\n  mutation UpdatePluginInstallation($input: UpdateInstallationInput!) { updatePluginInstallation(input: $input) { ...PluginInstallationFields } }\n": types.UpdatePluginInstallationDocument,
    "\n  query SimulatePlugin($input: SimulatePluginInput!) {\n    simulatePlugin(input: $input) {\n      runs failureCount\n      failures { eventId reason message }\n      payees { partnerId partnerName payeeUserId currency recordedMinor simulatedMinor differenceMinor }\n    }\n  }\n": types.SimulatePluginDocument,
    "\n  fragment PluginRunFields on PluginRun {\n    id createdAt updatedAt hook status attempts failureReason failureMessage logs nextAttemptAt durationMicros\n    installation { id name }\n    pluginVersion { id semver plugin { id name } }\n  }\n": types.PluginRunFieldsFragmentDoc,
    "\n  query PluginRuns($filter: PluginRunFilter, $first: Int, $after: String) {\n    pluginRuns(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...PluginRunFields } }\n    }\n  }\n": types.PluginRunsDocument,
    "\n  mutation RetryPluginRun($input: IdInput!) { retryPluginRun(input: $input) { ...PluginRunFields } }\n": types.RetryPluginRunDocument,
    "\n  query PortalPartner { myPartner { id name type status tier referralCode } }\n": types.PortalPartnerDocument,
    "\n  query PortalLedger($first: Int, $after: String) {\n    ledgerEntries(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id createdAt kind status explanation amount { amountMinor currency } } }\n    }\n  }\n": types.PortalLedgerDocument,
    "\n  fragment PortalRegistrationFields on DealRegistration {\n    id title organizationName organizationDomain status expectedCloseDate expiresAt createdAt decidedAt rejectionReason\n    amount { amountMinor currency }\n    conflicts { kind description }\n  }\n": types.PortalRegistrationFieldsFragmentDoc,
    "\n  mutation PortalSubmitRegistration($input: SubmitDealRegistrationInput!) {\n    submitDealRegistration(input: $input) { ...PortalRegistrationFields }\n  }\n": types.PortalSubmitRegistrationDocument,
    "\n  query PortalRegistrations($first: Int, $after: String) {\n    dealRegistrations(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...PortalRegistrationFields } }\n    }\n  }\n": types.PortalRegistrationsDocument,
    "\n  query PortalDeals($first: Int, $after: String) {\n    partnerDeals(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id title status expectedCloseDate amount { amountMinor currency } stage { id name } } }\n    }\n  }\n": types.PortalDealsDocument,
    "\n  query PortalPayouts($first: Int, $after: String) {\n    payouts(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { id periodStart periodEnd entryCount status paidAt reference createdAt total { amountMinor currency } } }\n    }\n  }\n": types.PortalPayoutsDocument,
    "\n  query PortalPayoutCsv($id: ID!) { payout(id: $id) { id csv } }\n": types.PortalPayoutCsvDocument,
    "\n  query ReferralInvitation($workspace: String!, $referralCode: String!) {\n    referralInvitation(workspace: $workspace, referralCode: $referralCode) { workspaceName referrerName }\n  }\n": types.ReferralInvitationDocument,
    "\n  mutation SubmitReferral($input: SubmitReferralInput!) { submitReferral(input: $input) }\n": types.SubmitReferralDocument,
    "\n  fragment SettingsStage on Stage { id name probability kind position version }\n": types.SettingsStageFragmentDoc,
    "\n  fragment SettingsPipeline on Pipeline { id name isDefault version stages { ...SettingsStage } }\n": types.SettingsPipelineFragmentDoc,
    "\n  query SettingsPipelines { pipelines(first: 50) { edges { node { ...SettingsPipeline } } } }\n": types.SettingsPipelinesDocument,
    "\n  mutation CreateSettingsPipeline($input: CreatePipelineInput!) { createPipeline(input: $input) { ...SettingsPipeline } }\n": types.CreateSettingsPipelineDocument,
    "\n  mutation UpdateSettingsPipeline($input: UpdatePipelineInput!) { updatePipeline(input: $input) { id name isDefault version } }\n": types.UpdateSettingsPipelineDocument,
    "\n  mutation CreateSettingsStage($input: CreateStageInput!) { createStage(input: $input) { ...SettingsStage } }\n": types.CreateSettingsStageDocument,
    "\n  mutation UpdateSettingsStage($input: UpdateStageInput!) { updateStage(input: $input) { ...SettingsStage } }\n": types.UpdateSettingsStageDocument,
    "\n  mutation ReorderSettingsStages($input: ReorderStagesInput!) { reorderStages(input: $input) { ...SettingsStage } }\n": types.ReorderSettingsStagesDocument,
    "\n  mutation DeleteSettingsStage($input: DeleteStageInput!) { deleteStage(input: $input) }\n": types.DeleteSettingsStageDocument,
    "\n  fragment SettingsUser on User { id name email role jobTitle active lastLoginAt version }\n": types.SettingsUserFragmentDoc,
    "\n  query SettingsUsers { users(first: 100) { totalCount edges { node { ...SettingsUser } } } }\n": types.SettingsUsersDocument,
    "\n  mutation UpdateSettingsUser($input: UpdateUserInput!) { updateUser(input: $input) { ...SettingsUser } }\n": types.UpdateSettingsUserDocument,
    "\n  fragment SettingsInvite on Invite { id email role jobTitle expiresAt }\n": types.SettingsInviteFragmentDoc,
    "\n  query SettingsInvites { invites { ...SettingsInvite } }\n": types.SettingsInvitesDocument,
    "\n  mutation InviteSettingsUser($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl invite { ...SettingsInvite } } }\n": types.InviteSettingsUserDocument,
    "\n  mutation RevokeSettingsInvite($input: IdInput!) { revokeInvite(input: $input) { id } }\n": types.RevokeSettingsInviteDocument,
    "\n  query SettingsWorkspace { tenant { id name slug baseCurrency locale timeZone repsSeeOwnRecordsOnly } }\n": types.SettingsWorkspaceDocument,
    "\n  mutation UpdateSettingsWorkspace($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) { id name slug baseCurrency locale timeZone repsSeeOwnRecordsOnly }\n  }\n": types.UpdateSettingsWorkspaceDocument,
    "query SessionTestMe { me { id name } }": types.SessionTestMeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMembers { users(first: 100) { edges { node { id name active } } } }\n"): typeof import('./graphql').TeamMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineActivity on Activity {\n    id version type subject note outcome dueAt doneAt isOverdue durationMinutes createdAt\n    owner { id name }\n  }\n"): typeof import('./graphql').TimelineActivityFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimelineActivities($filter: ActivityFilter!, $after: String) {\n    activities(filter: $filter, first: 20, after: $after, orderBy: { field: DUE_AT, direction: DESC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...TimelineActivity } }\n    }\n  }\n"): typeof import('./graphql').TimelineActivitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogActivity($input: CreateActivityInput!) { createActivity(input: $input) { ...TimelineActivity } }\n"): typeof import('./graphql').LogActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTimelineActivity($input: CompleteActivityInput!) { completeActivity(input: $input) { ...TimelineActivity } }\n"): typeof import('./graphql').CompleteTimelineActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenTimelineActivity($input: IdInput!) { reopenActivity(input: $input) { ...TimelineActivity } }\n"): typeof import('./graphql').ReopenTimelineActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    expiresIn\n    refreshToken\n    user { id name email role }\n    tenant { id name slug baseCurrency locale timeZone }\n  }\n"): typeof import('./graphql').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) { login(input: $input) { ...SessionFields } }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Signup($input: SignupInput!) { signup(input: $input) { ...SessionFields } }\n"): typeof import('./graphql').SignupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { ...SessionFields } }\n"): typeof import('./graphql').AcceptInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($input: RefreshInput!) { refreshSession(input: $input) { ...SessionFields } }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($input: RefreshInput!) { logout(input: $input) }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pipelines { pipelines(first: 50) { edges { node { id name isDefault } } } }\n"): typeof import('./graphql').PipelinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardCard on Deal {\n    id title version position status type expectedCloseDate\n    amount { amountMinor currency }\n    owner { id name }\n    organization { id name }\n    stage { id }\n    pipeline { id }\n  }\n"): typeof import('./graphql').BoardCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardFigures on BoardColumn {\n    count\n    stage { id name probability kind }\n    sum { amountMinor currency }\n    weightedSum { amountMinor currency }\n    totals { currency count sum { amountMinor currency } }\n    unconvertedCount\n  }\n"): typeof import('./graphql').BoardFiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board($pipelineId: ID, $filter: DealFilter, $first: Int!) {\n    pipelineBoard(pipelineId: $pipelineId, filter: $filter) {\n      pipeline { id }\n      eventCursor\n      sum { amountMinor currency }\n      weightedSum { amountMinor currency }\n      columns {\n        ...BoardFigures\n        deals(first: $first) { edges { node { ...BoardCard } } pageInfo { hasNextPage endCursor } }\n      }\n    }\n  }\n"): typeof import('./graphql').BoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardColumnPage($pipelineId: ID!, $filter: DealFilter!, $first: Int!, $after: String!) {\n    pipelineBoard(pipelineId: $pipelineId, filter: $filter) {\n      columns {\n        stage { id }\n        deals(first: $first, after: $after) { edges { node { ...BoardCard } } pageInfo { hasNextPage endCursor } }\n      }\n    }\n  }\n"): typeof import('./graphql').BoardColumnPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardFiguresOnly($pipelineId: ID!, $filter: DealFilter) {\n    pipelineBoard(pipelineId: $pipelineId, filter: $filter) {\n      sum { amountMinor currency }\n      weightedSum { amountMinor currency }\n      columns { ...BoardFigures }\n    }\n  }\n"): typeof import('./graphql').BoardFiguresOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardEvents($pipelineId: ID!, $after: Int) {\n    pipelineEvents(pipelineId: $pipelineId, after: $after) { sequence type subjectId deal { ...BoardCard } }\n  }\n"): typeof import('./graphql').BoardEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveDeal($input: MoveDealInput!) { moveDeal(input: $input) { ...BoardCard } }\n"): typeof import('./graphql').MoveDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WinDeal($input: WinDealInput!) { winDeal(input: $input) { ...BoardCard } }\n"): typeof import('./graphql').WinDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoseDeal($input: LoseDealInput!) { loseDeal(input: $input) { ...BoardCard } }\n"): typeof import('./graphql').LoseDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LedgerOverrideFields on AuditEntry { id action reason before after at actor { id name } }\n"): typeof import('./graphql').LedgerOverrideFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LedgerEntryFields on LedgerEntry {\n    id createdAt kind hook status explanation reasonCode fraudFlags holdUntil approvedAt voidReason\n    pluginRef rateBasisPoints codeHash settingsHash inputHash outputHash version\n    amount { amountMinor currency }\n    basis { amountMinor currency }\n    partner { id name }\n    payeeUser { id name }\n    payeeContact { id name }\n    deal { id title }\n    reverses { id createdAt hook amount { amountMinor currency } deal { id title } }\n    overrides { ...LedgerOverrideFields }\n  }\n"): typeof import('./graphql').LedgerEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerEntries($filter: LedgerEntryFilter, $first: Int, $after: String) {\n    ledgerEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...LedgerEntryFields } }\n    }\n  }\n"): typeof import('./graphql').LedgerEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveLedgerEntries($input: ApproveLedgerEntriesInput!) {\n    approveLedgerEntries(input: $input) { id status approvedAt version }\n  }\n"): typeof import('./graphql').ApproveLedgerEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveDueLedgerEntries($input: ApproveDueLedgerEntriesInput!) { approveDueLedgerEntries(input: $input) }\n"): typeof import('./graphql').ApproveDueLedgerEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidLedgerEntry($input: VoidLedgerEntryInput!) { voidLedgerEntry(input: $input) { ...LedgerEntryFields } }\n"): typeof import('./graphql').VoidLedgerEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseHeldLedgerEntry($input: ReleaseHeldEntryInput!) { releaseHeldLedgerEntry(input: $input) { ...LedgerEntryFields } }\n"): typeof import('./graphql').ReleaseHeldLedgerEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustLedger($input: AdjustLedgerInput!) { adjustLedger(input: $input) { ...LedgerEntryFields } }\n"): typeof import('./graphql').AdjustLedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommissionPartners { partners(first: 100, orderBy: { field: NAME }) { edges { node { id name } } } }\n"): typeof import('./graphql').CommissionPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PayoutRowFields on Payout {\n    id createdAt periodStart periodEnd entryCount status paidAt reference version\n    total { amountMinor currency }\n    partner { id name }\n    payeeUser { id name }\n  }\n"): typeof import('./graphql').PayoutRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Payouts($filter: PayoutFilter, $first: Int, $after: String) {\n    payouts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...PayoutRowFields } }\n    }\n  }\n"): typeof import('./graphql').PayoutsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutStatement($id: ID!) {\n    payout(id: $id) {\n      id\n      entries {\n        id createdAt kind hook explanation rateBasisPoints\n        amount { amountMinor currency }\n        basis { amountMinor currency }\n        deal { id title }\n      }\n    }\n  }\n"): typeof import('./graphql').PayoutStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutCsv($id: ID!) { payout(id: $id) { id csv } }\n"): typeof import('./graphql').PayoutCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePayouts($input: IssuePayoutsInput!) { issuePayouts(input: $input) { ...PayoutRowFields } }\n"): typeof import('./graphql').IssuePayoutsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkPayoutPaid($input: MarkPayoutPaidInput!) { markPayoutPaid(input: $input) { ...PayoutRowFields } }\n"): typeof import('./graphql').MarkPayoutPaidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommissionPeriodFields on CommissionPeriod { id periodStart periodEnd closedAt }\n"): typeof import('./graphql').CommissionPeriodFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommissionPeriods { commissionPeriods { ...CommissionPeriodFields } }\n"): typeof import('./graphql').CommissionPeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCommissionPeriod($input: CommissionPeriodInput!) { closeCommissionPeriod(input: $input) { ...CommissionPeriodFields } }\n"): typeof import('./graphql').CloseCommissionPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactRowFields on Contact {\n    id name email phone jobTitle isCustomer archivedAt createdAt updatedAt\n    organization { id name }\n    owner { id name }\n  }\n"): typeof import('./graphql').ContactRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contacts($filter: ContactFilter, $orderBy: ContactOrderBy, $first: Int, $after: String) {\n    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...ContactRowFields } }\n    }\n  }\n"): typeof import('./graphql').ContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactFields on Contact {\n    id firstName lastName name email phone jobTitle isCustomer customerSince archivedAt version createdAt updatedAt\n    ...ContactReferralFields\n    organization { id name }\n    owner { id name }\n  }\n"): typeof import('./graphql').ContactFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelatedDealFields on Deal {\n    id title status\n    amount { amountMinor currency }\n    stage { id name }\n  }\n"): typeof import('./graphql').RelatedDealFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contact($id: ID!) {\n    contact(id: $id) { ...ContactFields }\n    deals(filter: { contactId: $id }, first: 50) { totalCount edges { node { ...RelatedDealFields } } }\n  }\n"): typeof import('./graphql').ContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContact($input: CreateContactInput!) { createContact(input: $input) { ...ContactFields } }\n"): typeof import('./graphql').CreateContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($input: UpdateContactInput!) { updateContact(input: $input) { ...ContactFields } }\n"): typeof import('./graphql').UpdateContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveContact($input: IdInput!) { archiveContact(input: $input) { ...ContactFields } }\n"): typeof import('./graphql').ArchiveContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreContact($input: IdInput!) { restoreContact(input: $input) { ...ContactFields } }\n"): typeof import('./graphql').RestoreContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationRowFields on Organization {\n    id name domain industry employeeCount city country archivedAt createdAt updatedAt\n    owner { id name }\n  }\n"): typeof import('./graphql').OrganizationRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($filter: OrganizationFilter, $orderBy: OrganizationOrderBy, $first: Int, $after: String) {\n    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...OrganizationRowFields } }\n    }\n  }\n"): typeof import('./graphql').OrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactOrganizationOptions($search: String) {\n    organizations(filter: { search: $search }, orderBy: { field: NAME }, first: 20) { edges { node { id name } } }\n  }\n"): typeof import('./graphql').ContactOrganizationOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationFields on Organization {\n    id name domain industry employeeCount phone address city country archivedAt version createdAt updatedAt\n    owner { id name }\n  }\n"): typeof import('./graphql').OrganizationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationFields\n      contacts(first: 100, orderBy: { field: NAME }) { totalCount edges { node { id name jobTitle email } } }\n    }\n    deals(filter: { organizationId: $id }, first: 50) { totalCount edges { node { ...RelatedDealFields } } }\n  }\n"): typeof import('./graphql').OrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ...OrganizationFields } }\n"): typeof import('./graphql').CreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { ...OrganizationFields } }\n"): typeof import('./graphql').UpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveOrganization($input: IdInput!) { archiveOrganization(input: $input) { ...OrganizationFields } }\n"): typeof import('./graphql').ArchiveOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreOrganization($input: IdInput!) { restoreOrganization(input: $input) { ...OrganizationFields } }\n"): typeof import('./graphql').RestoreOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DealFormDeal on Deal {\n    id version title type status expectedCloseDate\n    amount { amountMinor currency }\n    pipeline { id }\n    stage { id }\n    owner { id name }\n    organization { id name }\n    contact { id name }\n    lineItems { id }\n  }\n"): typeof import('./graphql').DealFormDealFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DealPageDeal on Deal {\n    ...DealFormDeal\n    closedOn lostReason lostNote createdAt\n    attribution { ...AttributionFields }\n    stage { id name kind probability }\n    pipeline { id name }\n    lineItems {\n      id name quantity discountBasisPoints\n      product { id name sku active unitPrice { amountMinor currency } }\n      unitPrice { amountMinor currency }\n      total { amountMinor currency }\n    }\n    stageHistory {\n      id changedAt\n      changedBy { id name }\n      fromStage { id name }\n      toStage { id name }\n    }\n  }\n"): typeof import('./graphql').DealPageDealFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealPage($id: ID!) { deal(id: $id) { ...DealPageDeal } }\n"): typeof import('./graphql').DealPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealPageEventCursor($id: ID!, $after: Int!) {\n    dealEvents(id: $id, after: $after, first: 500) { cursor hasMore }\n  }\n"): typeof import('./graphql').DealPageEventCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DealPageEvents($id: ID!, $after: Int) {\n    dealEvents(id: $id, after: $after) { sequence type subjectId payload actor { id name } }\n  }\n"): typeof import('./graphql').DealPageEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealPageWin($input: WinDealInput!) { winDeal(input: $input) { ...DealPageDeal } }\n"): typeof import('./graphql').DealPageWinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealPageLose($input: LoseDealInput!) { loseDeal(input: $input) { ...DealPageDeal } }\n"): typeof import('./graphql').DealPageLoseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealPageReopen($input: ReopenDealInput!) { reopenDeal(input: $input) { ...DealPageDeal } }\n"): typeof import('./graphql').DealPageReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealPageDelete($input: DeleteDealInput!) { deleteDeal(input: $input) }\n"): typeof import('./graphql').DealPageDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealPageSetLineItems($input: SetDealLineItemsInput!) { setDealLineItems(input: $input) { ...DealPageDeal } }\n"): typeof import('./graphql').DealPageSetLineItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealProductOptions($search: String) {\n    products(first: 20, filter: { active: true, search: $search }, orderBy: { field: NAME }) {\n      edges { node { id name sku active unitPrice { amountMinor currency } } }\n    }\n  }\n"): typeof import('./graphql').DealProductOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealFormOptions {\n    pipelines(first: 50) { edges { node { id name isDefault stages { id name kind } } } }\n    users(first: 100) { edges { node { id name active } } }\n  }\n"): typeof import('./graphql').DealFormOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealFormOrganizations($search: String) {\n    organizations(first: 20, filter: { search: $search }, orderBy: { field: NAME }) { edges { node { id name } } }\n  }\n"): typeof import('./graphql').DealFormOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealFormContacts($search: String) {\n    contacts(first: 20, filter: { search: $search }, orderBy: { field: NAME }) { edges { node { id name organization { id name } } } }\n  }\n"): typeof import('./graphql').DealFormContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealFormCreate($input: CreateDealInput!) { createDeal(input: $input) { id } }\n"): typeof import('./graphql').DealFormCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealFormUpdate($input: UpdateDealInput!) { updateDeal(input: $input) { id version } }\n"): typeof import('./graphql').DealFormUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealFormMove($input: MoveDealInput!) { moveDeal(input: $input) { id version } }\n"): typeof import('./graphql').DealFormMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealFormTransfer($input: TransferDealInput!) { transferDeal(input: $input) { id version } }\n"): typeof import('./graphql').DealFormTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadRowFields on Lead {\n    id name companyName status source score createdAt owner { id name }\n  }\n"): typeof import('./graphql').LeadRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leads($first: Int, $after: String, $filter: LeadFilter, $orderBy: LeadOrderBy) {\n    leads(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...LeadRowFields } }\n    }\n  }\n"): typeof import('./graphql').LeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadDetailFields on Lead {\n    id version name firstName lastName email phone companyName companyWebsite companyEmployeeCount jobTitle\n    source sourceDetail score status disqualifiedReason createdAt\n    convertedAt convertedContactId convertedOrganizationId convertedDealId\n    owner { id name }\n    attribution { ...AttributionFields }\n    history { id fromStatus toStatus reason changedAt changedBy { id name } }\n  }\n"): typeof import('./graphql').LeadDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lead($id: ID!) { lead(id: $id) { ...LeadDetailFields } }\n"): typeof import('./graphql').LeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadConvertPipelines { pipelines(first: 100) { edges { node { id name isDefault } } } }\n"): typeof import('./graphql').LeadConvertPipelinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { id } }\n"): typeof import('./graphql').CreateLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLead($input: UpdateLeadInput!) { updateLead(input: $input) { ...LeadDetailFields } }\n"): typeof import('./graphql').UpdateLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeLeadStatus($input: ChangeLeadStatusInput!) { changeLeadStatus(input: $input) { ...LeadDetailFields } }\n"): typeof import('./graphql').ChangeLeadStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertLead($input: ConvertLeadInput!) {\n    convertLead(input: $input) {\n      contact { id }\n      contactReused\n      organization { id }\n      organizationReused\n      deal { id }\n    }\n  }\n"): typeof import('./graphql').ConvertLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLead($input: IdInput!) { deleteLead(input: $input) }\n"): typeof import('./graphql').DeleteLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyDayTask on Activity {\n    id type subject dueAt isOverdue\n    deal { id title }\n    lead { id name }\n    contact { id name }\n    organization { id name }\n  }\n"): typeof import('./graphql').MyDayTaskFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDay($me: ID!, $startOfToday: DateTimeISO!, $startOfTomorrow: DateTimeISO!, $closeBy: String!) {\n    overdue: activities(first: 25, filter: { ownerId: $me, done: false, dueBefore: $startOfToday }, orderBy: { field: DUE_AT, direction: ASC }) {\n      totalCount\n      edges { node { ...MyDayTask } }\n    }\n    today: activities(first: 25, filter: { ownerId: $me, done: false, dueAfter: $startOfToday, dueBefore: $startOfTomorrow }, orderBy: { field: DUE_AT, direction: ASC }) {\n      totalCount\n      edges { node { ...MyDayTask } }\n    }\n    followUps: deals(first: 25, filter: { ownerId: $me, status: [OPEN], expectedCloseTo: $closeBy }) {\n      totalCount\n      edges { node { id title expectedCloseDate amount { amountMinor currency } organization { id name } stage { id name } } }\n    }\n  }\n"): typeof import('./graphql').MyDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMyDayTask($input: CompleteActivityInput!) { completeActivity(input: $input) { id doneAt } }\n"): typeof import('./graphql').CompleteMyDayTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Notification on OutboxEvent {\n    sequence type subjectId occurredAt payload\n    actor { id name }\n    deal { id title }\n  }\n"): typeof import('./graphql').NotificationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationState { notificationState { readUpTo recentFrom } }\n"): typeof import('./graphql').NotificationStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($after: Int!) {\n    myNotifications(after: $after, first: 100) { cursor hasMore reloadRequired events { ...Notification } }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationEvents($after: Int) { myNotifications(after: $after) { ...Notification } }\n"): typeof import('./graphql').NotificationEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { readUpTo } }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerRowFields on Partner {\n    id name type status tier referralCode email domain updatedAt\n    group { id name }\n  }\n"): typeof import('./graphql').PartnerRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Partners($filter: PartnerFilter, $orderBy: PartnerOrderBy, $first: Int, $after: String) {\n    partners(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...PartnerRowFields } }\n    }\n  }\n"): typeof import('./graphql').PartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerFields on Partner {\n    id name type status tier email domain referralCode installationId version createdAt updatedAt\n    group { id name }\n    manager { id name }\n  }\n"): typeof import('./graphql').PartnerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerUserFields on User { id name email active lastLoginAt }\n"): typeof import('./graphql').PartnerUserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistrationFields on DealRegistration {\n    id title organizationName organizationDomain contactName contactEmail notes status expectedCloseDate\n    expiresAt createdAt decidedAt rejectionReason version\n    amount { amountMinor currency }\n    partner { id name }\n    submittedBy { id name }\n    decidedBy { id name }\n    deal { id title }\n    conflicts { kind description dealId registrationId }\n  }\n"): typeof import('./graphql').RegistrationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerDealFields on Deal {\n    id title status\n    amount { amountMinor currency }\n    stage { id name }\n    owner { id name }\n  }\n"): typeof import('./graphql').PartnerDealFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerRegistrationRowFields on DealRegistration {\n    id title organizationName status createdAt\n    amount { amountMinor currency }\n    deal { id }\n    conflicts { kind }\n  }\n"): typeof import('./graphql').PartnerRegistrationRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerPage($id: ID!) {\n    partner(id: $id) { ...PartnerFields users { ...PartnerUserFields } }\n    dealRegistrations(filter: { partnerId: $id }, first: 20) { totalCount edges { node { ...PartnerRegistrationRowFields } } }\n    deals(filter: { partnerId: $id }, first: 20) { totalCount edges { node { ...PartnerDealFields } } }\n  }\n"): typeof import('./graphql').PartnerPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartner($input: CreatePartnerInput!) { createPartner(input: $input) { ...PartnerFields } }\n"): typeof import('./graphql').CreatePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartner($input: UpdatePartnerInput!) { updatePartner(input: $input) { ...PartnerFields } }\n"): typeof import('./graphql').UpdatePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegeneratePartnerReferralCode($input: IdInput!) { regeneratePartnerReferralCode(input: $input) { ...PartnerFields } }\n"): typeof import('./graphql').RegeneratePartnerReferralCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePartnerUser($input: InvitePartnerUserInput!) { invitePartnerUser(input: $input) { acceptUrl invite { id email expiresAt } } }\n"): typeof import('./graphql').InvitePartnerUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerGroupFields on PartnerGroup { id name description holdDays defaultInstallationId version }\n"): typeof import('./graphql').PartnerGroupFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerGroups { partnerGroups { ...PartnerGroupFields } }\n"): typeof import('./graphql').PartnerGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerInstallations { pluginInstallations { id name enabled plugin { id name } } }\n"): typeof import('./graphql').PartnerInstallationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartnerGroup($input: CreatePartnerGroupInput!) { createPartnerGroup(input: $input) { ...PartnerGroupFields } }\n"): typeof import('./graphql').CreatePartnerGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartnerGroup($input: UpdatePartnerGroupInput!) { updatePartnerGroup(input: $input) { ...PartnerGroupFields } }\n"): typeof import('./graphql').UpdatePartnerGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePartnerGroup($input: IdInput!) { deletePartnerGroup(input: $input) }\n"): typeof import('./graphql').DeletePartnerGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Registrations($filter: DealRegistrationFilter, $first: Int, $after: String) {\n    dealRegistrations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...RegistrationFields } }\n    }\n  }\n"): typeof import('./graphql').RegistrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationApproveOptions { pipelines(first: 50) { edges { node { id name isDefault } } } }\n"): typeof import('./graphql').RegistrationApproveOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveDealRegistration($input: ApproveDealRegistrationInput!) { approveDealRegistration(input: $input) { ...RegistrationFields } }\n"): typeof import('./graphql').ApproveDealRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectDealRegistration($input: RejectDealRegistrationInput!) { rejectDealRegistration(input: $input) { ...RegistrationFields } }\n"): typeof import('./graphql').RejectDealRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttributionFields on Attribution {\n    source attributedAt\n    partner { id name }\n    attributedBy { id name }\n  }\n"): typeof import('./graphql').AttributionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttributionPartnerOptions($search: String) {\n    partners(filter: { search: $search, status: [ACTIVE] }, orderBy: { field: NAME }, first: 20) { edges { node { id name type } } }\n  }\n"): typeof import('./graphql').AttributionPartnerOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDealAttribution($input: SetDealAttributionInput!) { setDealAttribution(input: $input) { ...DealPageDeal } }\n"): typeof import('./graphql').SetDealAttributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLeadAttribution($input: SetLeadAttributionInput!) { setLeadAttribution(input: $input) { ...LeadDetailFields } }\n"): typeof import('./graphql').SetLeadAttributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactReferralFields on Contact {\n    referralCode\n    referrals(first: 20) {\n      totalCount\n      edges { node { id code status createdAt convertedAt lead { id name } referred { id name } } }\n    }\n  }\n"): typeof import('./graphql').ContactReferralFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueReferralCode($input: IssueReferralCodeInput!) { issueReferralCode(input: $input) { id isCustomer ...ContactReferralFields } }\n"): typeof import('./graphql').IssueReferralCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PluginVersionFields on PluginVersion { id semver hooks codeHash publishedAt settingsSchema }\n"): typeof import('./graphql').PluginVersionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PluginInstallationFields on PluginInstallation {\n    id name enabled scope settings version updatedAt\n    plugin { id key name }\n    pluginVersion { id semver }\n  }\n"): typeof import('./graphql').PluginInstallationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PluginsPage {\n    pluginInstallations { ...PluginInstallationFields }\n    plugins { id key name description kind builtIn versions { ...PluginVersionFields } }\n    builtInPlugins { key name description version }\n  }\n"): typeof import('./graphql').PluginsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddBuiltInPlugin($input: AddBuiltInPluginInput!) { addBuiltInPlugin(input: $input) { id semver plugin { id name } } }\n"): typeof import('./graphql').AddBuiltInPluginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPluginVersion($input: PublishPluginVersionInput!) { publishPluginVersion(input: $input) { id semver plugin { id name } } }\n"): typeof import('./graphql').PublishPluginVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstallPlugin($input: InstallPluginInput!) { installPlugin(input: $input) { ...PluginInstallationFields } }\n"): typeof import('./graphql').InstallPluginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePluginInstallation($input: UpdateInstallationInput!) { updatePluginInstallation(input: $input) { ...PluginInstallationFields } }\n"): typeof import('./graphql').UpdatePluginInstallationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulatePlugin($input: SimulatePluginInput!) {\n    simulatePlugin(input: $input) {\n      runs failureCount\n      failures { eventId reason message }\n      payees { partnerId partnerName payeeUserId currency recordedMinor simulatedMinor differenceMinor }\n    }\n  }\n"): typeof import('./graphql').SimulatePluginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PluginRunFields on PluginRun {\n    id createdAt updatedAt hook status attempts failureReason failureMessage logs nextAttemptAt durationMicros\n    installation { id name }\n    pluginVersion { id semver plugin { id name } }\n  }\n"): typeof import('./graphql').PluginRunFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PluginRuns($filter: PluginRunFilter, $first: Int, $after: String) {\n    pluginRuns(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...PluginRunFields } }\n    }\n  }\n"): typeof import('./graphql').PluginRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryPluginRun($input: IdInput!) { retryPluginRun(input: $input) { ...PluginRunFields } }\n"): typeof import('./graphql').RetryPluginRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPartner { myPartner { id name type status tier referralCode } }\n"): typeof import('./graphql').PortalPartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalLedger($first: Int, $after: String) {\n    ledgerEntries(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id createdAt kind status explanation amount { amountMinor currency } } }\n    }\n  }\n"): typeof import('./graphql').PortalLedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalRegistrationFields on DealRegistration {\n    id title organizationName organizationDomain status expectedCloseDate expiresAt createdAt decidedAt rejectionReason\n    amount { amountMinor currency }\n    conflicts { kind description }\n  }\n"): typeof import('./graphql').PortalRegistrationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSubmitRegistration($input: SubmitDealRegistrationInput!) {\n    submitDealRegistration(input: $input) { ...PortalRegistrationFields }\n  }\n"): typeof import('./graphql').PortalSubmitRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalRegistrations($first: Int, $after: String) {\n    dealRegistrations(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...PortalRegistrationFields } }\n    }\n  }\n"): typeof import('./graphql').PortalRegistrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalDeals($first: Int, $after: String) {\n    partnerDeals(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id title status expectedCloseDate amount { amountMinor currency } stage { id name } } }\n    }\n  }\n"): typeof import('./graphql').PortalDealsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPayouts($first: Int, $after: String) {\n    payouts(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { id periodStart periodEnd entryCount status paidAt reference createdAt total { amountMinor currency } } }\n    }\n  }\n"): typeof import('./graphql').PortalPayoutsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPayoutCsv($id: ID!) { payout(id: $id) { id csv } }\n"): typeof import('./graphql').PortalPayoutCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralInvitation($workspace: String!, $referralCode: String!) {\n    referralInvitation(workspace: $workspace, referralCode: $referralCode) { workspaceName referrerName }\n  }\n"): typeof import('./graphql').ReferralInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReferral($input: SubmitReferralInput!) { submitReferral(input: $input) }\n"): typeof import('./graphql').SubmitReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SettingsStage on Stage { id name probability kind position version }\n"): typeof import('./graphql').SettingsStageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SettingsPipeline on Pipeline { id name isDefault version stages { ...SettingsStage } }\n"): typeof import('./graphql').SettingsPipelineFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsPipelines { pipelines(first: 50) { edges { node { ...SettingsPipeline } } } }\n"): typeof import('./graphql').SettingsPipelinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSettingsPipeline($input: CreatePipelineInput!) { createPipeline(input: $input) { ...SettingsPipeline } }\n"): typeof import('./graphql').CreateSettingsPipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSettingsPipeline($input: UpdatePipelineInput!) { updatePipeline(input: $input) { id name isDefault version } }\n"): typeof import('./graphql').UpdateSettingsPipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSettingsStage($input: CreateStageInput!) { createStage(input: $input) { ...SettingsStage } }\n"): typeof import('./graphql').CreateSettingsStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSettingsStage($input: UpdateStageInput!) { updateStage(input: $input) { ...SettingsStage } }\n"): typeof import('./graphql').UpdateSettingsStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderSettingsStages($input: ReorderStagesInput!) { reorderStages(input: $input) { ...SettingsStage } }\n"): typeof import('./graphql').ReorderSettingsStagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSettingsStage($input: DeleteStageInput!) { deleteStage(input: $input) }\n"): typeof import('./graphql').DeleteSettingsStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SettingsUser on User { id name email role jobTitle active lastLoginAt version }\n"): typeof import('./graphql').SettingsUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsUsers { users(first: 100) { totalCount edges { node { ...SettingsUser } } } }\n"): typeof import('./graphql').SettingsUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSettingsUser($input: UpdateUserInput!) { updateUser(input: $input) { ...SettingsUser } }\n"): typeof import('./graphql').UpdateSettingsUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SettingsInvite on Invite { id email role jobTitle expiresAt }\n"): typeof import('./graphql').SettingsInviteFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsInvites { invites { ...SettingsInvite } }\n"): typeof import('./graphql').SettingsInvitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteSettingsUser($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl invite { ...SettingsInvite } } }\n"): typeof import('./graphql').InviteSettingsUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSettingsInvite($input: IdInput!) { revokeInvite(input: $input) { id } }\n"): typeof import('./graphql').RevokeSettingsInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsWorkspace { tenant { id name slug baseCurrency locale timeZone repsSeeOwnRecordsOnly } }\n"): typeof import('./graphql').SettingsWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSettingsWorkspace($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) { id name slug baseCurrency locale timeZone repsSeeOwnRecordsOnly }\n  }\n"): typeof import('./graphql').UpdateSettingsWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionTestMe { me { id name } }"): typeof import('./graphql').SessionTestMeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

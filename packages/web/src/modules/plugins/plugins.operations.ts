import { graphql } from '../../gql';

/** A published version: what it handles and the schema its settings must match (not its code). */
export const PluginVersionFields = graphql(`
  fragment PluginVersionFields on PluginVersion { id semver hooks codeHash publishedAt settingsSchema }
`);

export const PluginInstallationFields = graphql(`
  fragment PluginInstallationFields on PluginInstallation {
    id name enabled scope settings version updatedAt
    plugin { id key name }
    pluginVersion { id semver }
  }
`);

/** The installations, the workspace's catalogue with its versions, and the built-in plugins one may add. */
export const PluginsPageDocument = graphql(`
  query PluginsPage {
    pluginInstallations { ...PluginInstallationFields }
    plugins { id key name description kind builtIn versions { ...PluginVersionFields } }
    builtInPlugins { key name description version }
  }
`);

export const AddBuiltInPluginDocument = graphql(`
  mutation AddBuiltInPlugin($input: AddBuiltInPluginInput!) { addBuiltInPlugin(input: $input) { id semver plugin { id name } } }
`);

export const PublishPluginVersionDocument = graphql(`
  mutation PublishPluginVersion($input: PublishPluginVersionInput!) { publishPluginVersion(input: $input) { id semver plugin { id name } } }
`);

export const InstallPluginDocument = graphql(`
  mutation InstallPlugin($input: InstallPluginInput!) { installPlugin(input: $input) { ...PluginInstallationFields } }
`);

export const UpdatePluginInstallationDocument = graphql(`
  mutation UpdatePluginInstallation($input: UpdateInstallationInput!) { updatePluginInstallation(input: $input) { ...PluginInstallationFields } }
`);

export const SimulatePluginDocument = graphql(`
  query SimulatePlugin($input: SimulatePluginInput!) {
    simulatePlugin(input: $input) {
      runs failureCount
      failures { eventId reason message }
      payees { partnerId partnerName payeeUserId currency recordedMinor simulatedMinor differenceMinor }
    }
  }
`);

export const PluginRunFields = graphql(`
  fragment PluginRunFields on PluginRun {
    id createdAt updatedAt hook status attempts failureReason failureMessage logs nextAttemptAt durationMicros
    installation { id name }
    pluginVersion { id semver plugin { id name } }
  }
`);

export const PluginRunsDocument = graphql(`
  query PluginRuns($filter: PluginRunFilter, $first: Int, $after: String) {
    pluginRuns(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { node { ...PluginRunFields } }
    }
  }
`);

export const RetryPluginRunDocument = graphql(`
  mutation RetryPluginRun($input: IdInput!) { retryPluginRun(input: $input) { ...PluginRunFields } }
`);

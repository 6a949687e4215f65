export interface Messages { [key: string]: Messages | string }

/**
 * One language's texts: the shared ones (`i18n/locales/<code>.json`), each module's
 * (`modules/<module>/locales/<code>.json`, under the module's name in camel case:
 * `modules/my-day` → `myDay.…`), and Vuetify's own (close, clear, pagination, ...) under `$vuetify`.
 */
export function collect(shared: Messages, modules: Record<string, Messages>, vuetify: Messages): Messages {
  const merged: Messages = { ...shared, $vuetify: vuetify };
  for (const [file, texts] of Object.entries(modules)) {
    const folder = /modules\/([^/]+)\/locales\//.exec(file)![1]!;
    merged[folder.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())] = texts;
  }
  return merged;
}

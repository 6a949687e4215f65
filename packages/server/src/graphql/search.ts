/**
 * Text search that means the same on MySQL and SQLite: `!` escapes the caller's own % and _
 * (a backslash would need different quoting in each dialect).
 */
export function contains(columns: string[], param: string): string {
  return `(${columns.map((column) => `${column} LIKE :${param} ESCAPE '!'`).join(' OR ')})`;
}

export function containsPattern(text: string): string {
  return `%${text.trim().replace(/[!%_]/g, (char) => `!${char}`)}%`;
}

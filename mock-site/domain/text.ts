/** How names are written and compared. */

/** The guide shows the holder in capitals (« FREDERIC SENEZ »); accents are kept. */
export function displayName(p: { firstName: string; lastName: string }): string {
  return `${p.firstName} ${p.lastName}`.toLocaleUpperCase('fr-FR');
}

/** Case- and accent-insensitive form for the manager's company search. */
export function searchKey(s: string): string {
  // Equivalent mutants (docs/mutation.md): the manager's query and the stored company names are
  // already trimmed (routes/manager.tsx, web.ts field), and both sides of the comparison go
  // through this same function, so upper instead of lower case finds the same accounts.
  // Stryker disable next-line MethodExpression: equivalent: query and names come trimmed, and upper or lower case compares alike
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

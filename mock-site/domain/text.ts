/** How names are written and compared. */

/** The guide shows the holder in capitals (« FREDERIC SENEZ »); accents are kept. */
export function displayName(p: { firstName: string; lastName: string }): string {
  return `${p.firstName} ${p.lastName}`.toLocaleUpperCase('fr-FR');
}

/** Case- and accent-insensitive form for the manager's company search. */
export function searchKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

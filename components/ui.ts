// The class strings many screens share, named once: change the look of a button, a link, a card or
// a table cell here, not in twenty files. (Tailwind reads these strings from this file.)
export const ui = {
  /** The primary action of a form. */
  button: 'rounded bg-gray-800 px-3 py-1.5 text-sm text-white hover:bg-gray-700 disabled:opacity-60',
  /** A quieter action beside it: a download, a secondary button. */
  secondary: 'rounded border border-gray-300 bg-white px-3 py-1.5 text-sm hover:bg-gray-50',
  /** A link inside text or a table. */
  link: 'text-blue-800 hover:underline',
  /** A link inside a sentence or a line of text: underlined, since colour alone does not tell it from
   *  the words around it (WCAG 1.4.1; axe's link-in-text-block). */
  inlineLink: 'text-blue-800 underline',
  /** A white card (a SectionCard without its heading). */
  card: 'rounded border border-gray-200 bg-white p-3',
  /** A data table's cell. */
  cell: 'py-1 pr-2',
  /** A data table's cell holding a short name that reads only whole (a unit, a role, a status): on a
   *  phone the table scrolls in its region rather than stack the name a character a line. */
  nameCell: 'py-1 pr-2 whitespace-nowrap',
  /** A filter of a GET form (a select, a date, a search): its label above the field. */
  filterLabel: 'flex flex-col text-xs text-gray-600',
  /** The field of such a filter. */
  filterField: 'rounded border border-gray-300 px-2 py-1 text-sm text-gray-900',
  /** A field's label above it. */
  label: 'block text-xs text-gray-600',
  /** A quiet line of explanation. */
  hint: 'text-sm text-gray-600',
} as const;

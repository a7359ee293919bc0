// A data table that is a list of cards on a phone (`.cards` in app/globals.css): below 640 px its
// header row is hidden and each cell says its column's name before it. The names are set once on the
// table as CSS strings, --c1 … --cN, rather than as an attribute on each of hundreds of cells.
import type { CSSProperties } from 'react';

/** The style that names a card table's columns: the N-th name labels the N-th cell of a row; null leaves a cell unlabelled (a card's title). */
export function cardColumns(names: readonly (string | null)[]): CSSProperties {
  return Object.fromEntries(names.flatMap((name, i) => (name === null ? [] : [[`--c${i + 1}`, JSON.stringify(name)]])));
}

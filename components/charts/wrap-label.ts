// Chart axis labels in Chinese have no spaces to break at: they wrap after a number of characters
// (a space, when there is one near the end of a line, is the better break).

/** `text` in lines of at most `perLine` characters, at most `maxLines` of them (the last one ends with … only when cut). */
export function wrapLabel(text: string, perLine: number, maxLines: number): string[] {
  const chars = [...text.trim()];
  const lines: string[] = [];
  let i = 0;
  while (i < chars.length && lines.length < maxLines) {
    let end = Math.min(i + perLine, chars.length);
    if (end < chars.length) {
      const space = chars.slice(i, end).lastIndexOf(' ');
      if (space > perLine / 2) end = i + space + 1;
    }
    lines.push(chars.slice(i, end).join('').trim());
    i = end;
  }
  if (i < chars.length) lines[lines.length - 1] = `${[...lines[lines.length - 1]!].slice(0, perLine - 1).join('')}…`;
  return lines;
}

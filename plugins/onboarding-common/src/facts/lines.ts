/** The lines of a text, without their `\r\n` or `\n` ending. */
export function textLines(text: string): string[] {
  return text
    .split('\n')
    .map(line => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

/** How many spaces or tabs a line starts with. */
export function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}

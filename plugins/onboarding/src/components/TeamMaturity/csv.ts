import { TeamEntityRow } from '@cloud-pi-native/backstage-plugin-onboarding-common';

const COLUMNS: Array<[string, (row: TeamEntityRow) => string | number]> = [
  ['entity_ref', row => row.entityRef],
  ['kind', row => row.kind],
  ['owner_ref', row => row.ownerRef ?? ''],
  ['step', row => row.step],
  ['next_gate', row => row.verdict],
  ['blocking_criteria', row => row.blockingCount],
  ['evaluated_at', row => row.evaluatedAt],
];

/** One CSV field: quoted when it holds a separator, a quote or a line break (RFC 4180). */
function field(value: string | number): string {
  const text = String(value);
  // A leading formula sign would run in a spreadsheet: keep it as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The team table as CSV, in the order shown, with stable machine-friendly headers. */
export function toCsv(rows: TeamEntityRow[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const row of rows)
    lines.push(COLUMNS.map(([, read]) => field(read(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Hands the CSV to the browser as a file download. */
export function downloadCsv(fileName: string, csv: string) {
  const url = URL.createObjectURL(
    new Blob([csv], { type: 'text/csv;charset=utf-8' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

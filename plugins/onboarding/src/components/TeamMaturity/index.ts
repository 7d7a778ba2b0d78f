export { TeamMaturity } from './TeamMaturity';
export { toCsv } from './csv';

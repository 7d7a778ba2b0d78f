export { StateChip } from './StateChip';

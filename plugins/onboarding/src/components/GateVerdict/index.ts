export { GateVerdict } from './GateVerdict';

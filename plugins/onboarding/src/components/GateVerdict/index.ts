export { GateVerdict } from './GateVerdict';
export { DeclaredGateNote } from './DeclaredGateNote';

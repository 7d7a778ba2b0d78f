export { SupportHelper } from './SupportHelper';
export { SupportCasePage } from './SupportCasePage';
export { DeclaredSupportCase } from './DeclaredSupportCase';

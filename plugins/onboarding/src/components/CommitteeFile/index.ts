export { CommitteeFile } from './CommitteeFile';

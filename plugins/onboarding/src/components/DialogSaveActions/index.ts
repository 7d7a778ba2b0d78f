export { DialogSaveActions } from './DialogSaveActions';

export type { FormAnswerStore, SaveFormAnswersInput } from './FormAnswerStore';
export { DatabaseFormAnswerStore } from './DatabaseFormAnswerStore';
export { FormFactSource } from './FormFactSource';
export { FormAnswers } from './FormAnswers';

export * from './changeEvents';
export { NotificationLog } from './NotificationLog';
export { OnboardingNotifier, onboardingLink } from './OnboardingNotifier';
export type { NotifiedEntity } from './OnboardingNotifier';
export { ExemptionReminder } from './ExemptionReminder';
export { NOTIFICATION_TEXTS, notificationText } from './notificationTexts';

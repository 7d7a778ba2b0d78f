/**
 * French texts of the sign-in page: every key, since most users read French
 * (`createTranslationRef` checks at compile time that none is missing).
 */
const fr = {
  subtitle: 'Connectez-vous avec votre compte du ministère',
  signIn: 'Se connecter',
  signingIn: 'Connexion…',
  unknownUserTitle: "Votre compte n'est pas connu du portail",
  unknownUserBody:
    "Vous vous êtes connecté avec votre compte du ministère, mais aucun utilisateur du catalogue du portail n'a son adresse électronique. Demandez à l'équipe plateforme de vous ajouter à votre équipe dans le catalogue, puis reconnectez-vous.",
  otherAccount: 'Se connecter avec un autre compte',
  failedTitle: 'La connexion a échoué',
  failedBody: "La connexion n'a pas abouti : {{message}}",
  retry: 'Réessayer',
};

export default fr;

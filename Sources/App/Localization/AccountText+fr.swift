extension AccountText {
    static let french = AccountText(
        accountLink: "Mon compte",
        logoutButton: "Se déconnecter",
        emailLabel: "Adresse e-mail",
        emailHint: "Nous vous écrirons à cette adresse à chaque étape de la demande.",
        emailMissing: "Entrez votre adresse e-mail",
        emailInvalid: "Entrez une adresse e-mail complète, par exemple nom@exemple.fr",
        emailHiddenCharacter: "L’adresse contient un caractère invisible, souvent copié avec elle : tapez-la de nouveau à la main",
        passwordLabel: "Mot de passe",
        signUpTitle: "Créer un compte",
        signUpLead: "Avec un compte, vous remplissez la demande à votre rythme, vous déposez vos pièces et vous suivez le dossier jusqu’au retrait du document.",
        signUpButton: "Créer mon compte",
        signUpHaveAccount: "Vous avez déjà un compte ? Connectez-vous.",
        signUpSentTitle: "Consultez votre messagerie",
        signUpSentBody: { email, hours in "Si l’adresse \(email) est correcte, un e-mail vient d’y être envoyé avec un mot de passe provisoire, valable \(hours) heures." },
        signUpSentNext: "Connectez-vous avec ce mot de passe provisoire : vous choisirez ensuite votre propre mot de passe. Pensez à regarder dans les courriers indésirables.",
        loginTitle: "Se connecter",
        loginLead: "Connectez-vous pour reprendre votre demande ou suivre votre dossier.",
        loginButton: "Se connecter",
        loginFailed: "L’adresse e-mail ou le mot de passe ne correspond pas. Vérifiez-les, ou demandez un nouveau mot de passe.",
        loginNoAccount: "Pas encore de compte ? Créez-en un.",
        forgotLink: "Mot de passe oublié",
        passwordMissing: "Entrez votre mot de passe",
        forgotTitle: "Mot de passe oublié",
        forgotLead: "Entrez l’adresse de votre compte : nous y enverrons un mot de passe provisoire. Votre mot de passe actuel reste valable tant que vous ne l’avez pas changé.",
        forgotButton: "Recevoir un mot de passe provisoire",
        forgotSentTitle: "Consultez votre messagerie",
        forgotSentBody: { email, hours in "Si un compte existe pour \(email), un mot de passe provisoire y a été envoyé. Il est valable \(hours) heures." },
        changeTitle: "Choisir votre mot de passe",
        changeForcedLead: "Vous êtes connecté avec un mot de passe provisoire. Choisissez maintenant le vôtre pour continuer.",
        currentPasswordLabel: "Mot de passe actuel",
        currentPasswordWrong: "Le mot de passe actuel ne correspond pas. Entrez celui que vous utilisez pour vous connecter.",
        newPasswordLabel: "Nouveau mot de passe",
        newPasswordHint: { n, max in "Au moins \(n) caractères et au plus \(max) octets (\(max) lettres sans accent ; une lettre accentuée compte pour 2, un emoji pour 4). Une phrase facile à retenir convient très bien." },
        newPasswordTooShort: { n in "Choisissez un mot de passe d’au moins \(n) caractères" },
        newPasswordTooLong: { max in "Le nouveau mot de passe dépasse \(max) octets : au-delà, il ne serait pas vérifié en entier. Raccourcissez-le (une lettre accentuée compte pour 2 octets, un emoji pour 4)" },
        confirmPasswordLabel: "Confirmez le nouveau mot de passe",
        confirmPasswordMismatch: "Les deux mots de passe ne sont pas identiques. Entrez le même dans les deux champs.",
        changeButton: "Enregistrer le mot de passe",
        passwordChanged: "Votre mot de passe est enregistré.",
        profileTitle: "Mon compte",
        profileEmail: "Adresse e-mail du compte",
        foreignerNumberLabel: "Numéro étranger (facultatif)",
        foreignerNumberHint: "Les 10 chiffres inscrits sur votre titre de séjour ou votre récépissé. Laissez vide si vous n’en avez pas.",
        foreignerNumberInvalid: "Le numéro étranger compte 10 chiffres, par exemple 0123456789",
        profileSave: "Enregistrer",
        profileSaved: "Vos informations sont enregistrées.",
        changePasswordLink: "Changer de mot de passe",
        tooManyTitle: "Trop de tentatives",
        tooManyBody: { m in "Pour protéger les comptes, cette action est bloquée un moment. Réessayez dans \(m) minute\(m > 1 ? "s" : "")." },
        mailAccountCreatedSubject: "Votre compte DCEM en ligne",
        mailAccountCreatedBody: { password, url, hours in
            """
            Bonjour,

            Votre compte a été créé. Voici votre mot de passe provisoire, valable \(hours) heures :

                \(password)

            Connectez-vous ici : \(url)
            Vous choisirez ensuite votre propre mot de passe.

            Si vous n’avez pas demandé ce compte, ignorez ce message.
            """
        },
        mailAccountExistsSubject: "Votre compte DCEM en ligne existe déjà",
        mailAccountExistsBody: { url in
            """
            Bonjour,

            Quelqu’un a demandé à créer un compte avec cette adresse, mais vous en avez déjà un.
            Si vous avez oublié votre mot de passe, demandez-en un nouveau ici : \(url)

            Si ce n’était pas vous, ignorez ce message : votre compte n’a pas changé.
            """
        },
        mailResetSubject: "Votre mot de passe provisoire",
        mailResetBody: { password, url, hours in
            """
            Bonjour,

            Voici un mot de passe provisoire, valable \(hours) heures :

                \(password)

            Connectez-vous ici : \(url)
            Vous choisirez ensuite un nouveau mot de passe. Votre mot de passe actuel reste valable d’ici là.

            Si vous n’avez rien demandé, ignorez ce message.
            """
        },
        mailSignature: "— DCEM en ligne (message automatique, merci de ne pas y répondre)",
        dataTitle: "Vos données",
        dataArchiveBody: "Téléchargez en un fichier ZIP tout ce que vous avez confié au service : votre compte, les réponses de chaque demande, les pièces envoyées, les messages, l’historique et les documents délivrés.",
        dataArchiveLink: "Télécharger mes données (ZIP)",
        dataRetention: "Un brouillon laissé sans changement pendant 6 mois est supprimé, après un courriel d’avertissement 30 jours avant. Une demande terminée est conservée 5 ans après la décision ou la fin de validité du document, puis effacée."
    )
}

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Conversations</name>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="53"/>
        <source>WhatsApp group</source>
        <translation>Groupe WhatsApp</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/ConversationFormat.cpp" line="77"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/ConversationFormat.cpp" line="79"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="81"/>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/ConversationFormat.cpp" line="82"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="88"/>
        <source>Waiting for a person</source>
        <translation>En attente d&apos;une personne</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="92"/>
        <source>With you</source>
        <translation>Avec vous</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="94"/>
        <source>Answered from the phone</source>
        <translation>Répondu depuis le téléphone</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="95"/>
        <source>With %1</source>
        <translation>Avec %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="97"/>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="112"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="114"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="116"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="145"/>
        <source>waiting to be sent</source>
        <translation>en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="147"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="149"/>
        <source>delivered</source>
        <translation>distribué</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="151"/>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="153"/>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console_main.cpp" line="135"/>
        <location filename="../app/console_main.cpp" line="170"/>
        <source>Concierge cannot start</source>
        <translation>Concierge ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="171"/>
        <source>A setting is wrong:
%1</source>
        <translation>Un réglage est incorrect :
%1</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="136"/>
        <source>The server could not start:
%1</source>
        <translation>Le serveur n&apos;a pas pu démarrer :
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="46"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
</context>
<context>
    <name>ReplyTextLabels</name>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="19"/>
        <source>Name of the service in this language</source>
        <translation>Nom du service dans cette langue</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="20"/>
        <source>Welcome, in reply to a greeting</source>
        <translation>Accueil, en réponse à une salutation</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="21"/>
        <source>Menu of the services</source>
        <translation>Menu des services</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="22"/>
        <source>Message not understood</source>
        <translation>Message non compris</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="23"/>
        <source>Reply to thanks</source>
        <translation>Réponse à un remerciement</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="24"/>
        <source>Message received, answer to follow</source>
        <translation>Message reçu, réponse à suivre</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="25"/>
        <source>Technical problem</source>
        <translation>Problème technique</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="26"/>
        <source>No answer found</source>
        <translation>Aucune réponse trouvée</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="27"/>
        <source>Too many messages in a short time</source>
        <translation>Trop de messages en peu de temps</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="28"/>
        <source>Service switched off</source>
        <translation>Service désactivé</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="29"/>
        <source>Asking for the question</source>
        <translation>Demande de la question</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="30"/>
        <source>Before an answer from the knowledge base</source>
        <translation>Avant une réponse de la base de connaissances</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="31"/>
        <source>Waiting for the next step</source>
        <translation>En attente de l&apos;étape suivante</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="32"/>
        <source>Asking for the parent code</source>
        <translation>Demande du code parent</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="33"/>
        <source>No parent code in the message</source>
        <translation>Pas de code parent dans le message</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="34"/>
        <source>Parent code not recognised</source>
        <translation>Code parent non reconnu</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="35"/>
        <source>Code checks locked after wrong codes</source>
        <translation>Vérification bloquée après des codes erronés</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="36"/>
        <source>Code checks unavailable for a moment</source>
        <translation>Vérification des codes momentanément indisponible</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="37"/>
        <source>Code verified, no child linked</source>
        <translation>Code vérifié, aucun enfant rattaché</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="38"/>
        <source>Code verified, choosing the child</source>
        <translation>Code vérifié, choix de l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="39"/>
        <source>Child not recognised</source>
        <translation>Enfant non reconnu</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="40"/>
        <source>The child&apos;s catechism record</source>
        <translation>Dossier de catéchèse de l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="41"/>
        <source>The child&apos;s attendance</source>
        <translation>Assiduité de l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="42"/>
        <source>Certificate ready, with its link</source>
        <translation>Attestation prête, avec son lien</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="43"/>
        <source>Certificate sent as a PDF</source>
        <translation>Attestation envoyée en PDF</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="44"/>
        <source>Certificate ready, sent by the office</source>
        <translation>Attestation prête, envoyée par le secrétariat</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="45"/>
        <source>Certificate request passed to the office</source>
        <translation>Demande d&apos;attestation transmise au secrétariat</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="46"/>
        <source>Certificate not possible for this record</source>
        <translation>Attestation impossible pour ce dossier</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="47"/>
        <source>Record status word: enrolled</source>
        <translation>Statut du dossier : inscrit</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="48"/>
        <source>Record status word: completed</source>
        <translation>Statut du dossier : terminé</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="49"/>
        <source>Record status word: suspended</source>
        <translation>Statut du dossier : suspendu</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="50"/>
        <source>Waiting for a person, office open</source>
        <translation>En attente d&apos;une personne, secrétariat ouvert</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="51"/>
        <source>Waiting for a person, office closed</source>
        <translation>En attente d&apos;une personne, secrétariat fermé</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="52"/>
        <source>Urgent request, office open</source>
        <translation>Demande urgente, secrétariat ouvert</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="53"/>
        <source>Urgent request, office closed</source>
        <translation>Demande urgente, secrétariat fermé</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="54"/>
        <source>Nobody answered in time: callback promised</source>
        <translation>Personne n&apos;a répondu à temps : rappel promis</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="55"/>
        <source>Conversation handed back to the assistant</source>
        <translation>Conversation rendue à l&apos;assistant</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="13"/>
        <source>WAHA address</source>
        <translation>Adresse de WAHA</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="14"/>
        <source>WAHA API key</source>
        <translation>Clé d’API WAHA</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="15"/>
        <source>WhatsApp session name</source>
        <translation>Nom de la session WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="16"/>
        <source>Webhook HMAC key</source>
        <translation>Clé HMAC du webhook</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="17"/>
        <source>AI service address</source>
        <translation>Adresse du service d’IA</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="18"/>
        <source>AI model</source>
        <translation>Modèle d’IA</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="19"/>
        <source>AI token (Bearer)</source>
        <translation>Jeton d’IA (Bearer)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="20"/>
        <source>AI API key</source>
        <translation>Clé d’API de l’IA</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="21"/>
        <source>AI time limit (seconds)</source>
        <translation>Délai maximal de l’IA (secondes)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="22"/>
        <source>Baserow address</source>
        <translation>Adresse de Baserow</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="23"/>
        <source>Baserow token</source>
        <translation>Jeton Baserow</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="24"/>
        <source>FAQ table id</source>
        <translation>Identifiant de la table FAQ</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="25"/>
        <source>Parents table id</source>
        <translation>Identifiant de la table des parents</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="26"/>
        <source>Pupils table id</source>
        <translation>Identifiant de la table des élèves</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="27"/>
        <source>Parish name</source>
        <translation>Nom de la paroisse</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="28"/>
        <source>Parish logo (PNG or JPEG file)</source>
        <translation>Logo de la paroisse (fichier PNG ou JPEG)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="29"/>
        <source>Public address of the server</source>
        <translation>Adresse publique du serveur</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="30"/>
        <source>Load the demo parish into an empty database</source>
        <translation>Charger la paroisse de démonstration dans une base vide</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="31"/>
        <source>Office hours</source>
        <translation>Heures d’ouverture du secrétariat</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="32"/>
        <source>Closed days</source>
        <translation>Jours de fermeture</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="33"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="34"/>
        <source>Minutes before a call-back is planned</source>
        <translation>Minutes avant de prévoir un rappel</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="35"/>
        <source>Minutes before reminding a silent agent</source>
        <translation>Minutes avant de relancer un agent silencieux</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="36"/>
        <source>Minutes before returning to the queue</source>
        <translation>Minutes avant le retour dans la file d’attente</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="37"/>
        <source>Listen address</source>
        <translation>Adresse d’écoute</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="38"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="39"/>
        <source>Log level</source>
        <translation>Niveau de journalisation</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="40"/>
        <source>Minutes before a conversation starts afresh</source>
        <translation>Minutes avant qu’une conversation reparte de zéro</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="41"/>
        <source>Days message texts are kept (0: for ever)</source>
        <translation>Jours de conservation des messages (0 : sans limite)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="42"/>
        <source>Messages per person per minute</source>
        <translation>Messages par personne et par minute</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="44"/>
        <source>Seconds before another server takes over a stopped one&apos;s chats</source>
        <translation>Secondes avant qu&apos;un autre serveur reprenne les conversations d&apos;un serveur arrêté</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="45"/>
        <source>Console sign-in lifetime (minutes)</source>
        <translation>Durée de connexion à la console (minutes)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="46"/>
        <source>Redis address</source>
        <translation>Adresse de Redis</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="47"/>
        <source>Write to disk before answering (full: survives a power cut)</source>
        <translation>Écrire sur le disque avant de répondre (full : résiste à une coupure de courant)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="51"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="52"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="53"/>
        <source>Baserow</source>
        <translation>Baserow</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="54"/>
        <source>Parish</source>
        <translation>Paroisse</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="55"/>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="56"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="57"/>
        <source>Console</source>
        <translation>Console</translation>
    </message>
</context>
<context>
    <name>concierge::app::EmbeddedRestart</name>
    <message>
        <location filename="../app/EmbeddedRestart.cpp" line="57"/>
        <source>The server was not restarted</source>
        <translation>Le serveur n&apos;a pas été redémarré</translation>
    </message>
    <message>
        <location filename="../app/EmbeddedRestart.cpp" line="58"/>
        <source>A setting is wrong: %1
Correct it in the settings, then save again.</source>
        <translation>Un réglage est incorrect : %1
Corrigez-le dans les réglages, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/EmbeddedRestart.cpp" line="65"/>
        <source>Restarting the server with the new settings…</source>
        <translation>Redémarrage du serveur avec les nouveaux réglages…</translation>
    </message>
    <message>
        <location filename="../app/EmbeddedRestart.cpp" line="67"/>
        <source>Concierge</source>
        <translation>Concierge</translation>
    </message>
    <message>
        <location filename="../app/EmbeddedRestart.cpp" line="89"/>
        <source>The server did not restart</source>
        <translation>Le serveur n&apos;a pas redémarré</translation>
    </message>
    <message>
        <location filename="../app/EmbeddedRestart.cpp" line="90"/>
        <source>The server could not start again: %1
Correct the settings and save them again, or quit and start Concierge again.</source>
        <translation>Le serveur n&apos;a pas pu redémarrer : %1
Corrigez les réglages et enregistrez-les à nouveau, ou quittez puis relancez Concierge.</translation>
    </message>
</context>
<context>
    <name>concierge::ui::AuditPage</name>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="30"/>
        <source>&lt;b&gt;Audit log&lt;/b&gt; — parent codes checked, children&apos;s data shown, certificates, and the changes made from the console. Newest first.</source>
        <translation>&lt;b&gt;Journal d&apos;audit&lt;/b&gt; — codes parents vérifiés, données d&apos;enfants affichées, attestations et modifications faites depuis la console. Les plus récents en premier.</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="38"/>
        <source>Only this conversation (e.g. 221771234567@c.us)</source>
        <translation>Seulement cette conversation (par ex. 221771234567@c.us)</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="41"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="47"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="47"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="47"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="47"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="47"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="69"/>
        <source>Parent code verified</source>
        <translation>Code parent vérifié</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="70"/>
        <source>Wrong parent code</source>
        <translation>Code parent erroné</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="71"/>
        <source>Code checks locked</source>
        <translation>Vérifications de code bloquées</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="72"/>
        <source>Child&apos;s data shown</source>
        <translation>Données d&apos;un enfant affichées</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="73"/>
        <source>Certificate issued</source>
        <translation>Attestation délivrée</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="74"/>
        <source>Certificate refused</source>
        <translation>Attestation refusée</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="75"/>
        <source>Certificate left to the office</source>
        <translation>Attestation confiée au secrétariat</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="76"/>
        <source>Service changed</source>
        <translation>Service modifié</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="77"/>
        <source>Knowledge base entry added</source>
        <translation>Fiche de la base de connaissances ajoutée</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="78"/>
        <source>Knowledge base entry changed</source>
        <translation>Fiche de la base de connaissances modifiée</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="79"/>
        <source>Knowledge base entry deleted</source>
        <translation>Fiche de la base de connaissances supprimée</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="80"/>
        <source>Registry viewed</source>
        <translation>Registre consulté</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="81"/>
        <source>CSV file imported</source>
        <translation>Fichier CSV importé</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="95"/>
        <source>Could not load the audit log: %1</source>
        <translation>Impossible de charger le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="110"/>
        <source>The newest %1 entries</source>
        <translation>Les %1 entrées les plus récentes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/AuditPage.cpp" line="111"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concierge::ui::ConnectionLabel</name>
    <message>
        <location filename="../ui/panels/ConnectionLabel.cpp" line="8"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConnectionLabel.cpp" line="16"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConnectionLabel.cpp" line="16"/>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;Disconnected&lt;/b&gt;, retrying…</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;Déconnecté&lt;/b&gt;, nouvelle tentative…</translation>
    </message>
</context>
<context>
    <name>concierge::ui::CsvImport</name>
    <message>
        <location filename="../ui/admin/CsvImport.cpp" line="34"/>
        <source>Import a CSV file</source>
        <translation>Importer un fichier CSV</translation>
    </message>
    <message>
        <location filename="../ui/admin/CsvImport.cpp" line="34"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/admin/CsvImport.cpp" line="47"/>
        <location filename="../ui/admin/CsvImport.cpp" line="58"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../ui/admin/CsvImport.cpp" line="49"/>
        <source>%1 is larger than 1 MB: split it into smaller files.</source>
        <translation>%1 dépasse 1 Mo : veuillez le découper en fichiers plus petits.</translation>
    </message>
    <message>
        <location filename="../ui/admin/CsvImport.cpp" line="50"/>
        <source>Cannot read %1: %2. Check the file and try again.</source>
        <translation>Impossible de lire %1 : %2. Vérifiez le fichier et réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/admin/CsvImport.cpp" line="59"/>
        <source>%1 was not imported: %2
Nothing was changed. Fix the file (UTF-8 CSV with the expected columns) and import it again.</source>
        <translation>%1 n&apos;a pas été importé : %2
Rien n&apos;a été modifié. Corrigez le fichier (CSV en UTF-8 avec les colonnes attendues) puis importez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/admin/CsvImport.cpp" line="74"/>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/CsvImport.cpp" line="79"/>
        <source>%1 (%2): %n row(s) imported</source>
        <translation>
            <numerusform>%1 (%2) : %n ligne importée</numerusform>
            <numerusform>%1 (%2) : %n lignes importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/CsvImport.cpp" line="80"/>
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n ligne refusée</numerusform>
            <numerusform>%n lignes refusées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/CsvImport.cpp" line="88"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/admin/CsvImport.cpp" line="88"/>
        <source>Why it was rejected</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <location filename="../ui/admin/CsvImport.cpp" line="101"/>
        <source>The rejected lines changed nothing: correct them and import the file again.</source>
        <translation>Les lignes refusées n&apos;ont rien modifié : corrigez-les puis importez de nouveau le fichier.</translation>
    </message>
</context>
<context>
    <name>concierge::ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="32"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="40"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="41"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="59"/>
        <source>messages received</source>
        <translation>messages reçus</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="60"/>
        <source>replies sent</source>
        <translation>réponses envoyées</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="61"/>
        <source>median reply time</source>
        <translation>délai de réponse médian</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="62"/>
        <source>reply time, 9 in 10 under</source>
        <translation>délai de réponse, 9 sur 10 en dessous</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="63"/>
        <source>answered by the assistant</source>
        <translation>réponses de l’assistant</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="64"/>
        <source>waiting for a person</source>
        <translation>en attente d’une personne</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="65"/>
        <source>AI calls</source>
        <translation>appels à l’IA</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="66"/>
        <source>AI tokens (in / out)</source>
        <translation>jetons d’IA (entrée / sortie)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="70"/>
        <source>Messages per hour</source>
        <translation>Messages par heure</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="76"/>
        <source>Who answered</source>
        <translation>Qui a répondu</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="125"/>
        <source>Figures unavailable: %1</source>
        <translation>Chiffres indisponibles : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="138"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="140"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="141"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="154"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="162"/>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="175"/>
        <source>received</source>
        <translation>reçus</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="178"/>
        <source>sent</source>
        <translation>envoyés</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="219"/>
        <source>assistant (%1)</source>
        <translation>assistant (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="221"/>
        <source>people (%1)</source>
        <translation>personnes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="223"/>
        <source>not yet answered (%1)</source>
        <translation>sans réponse pour l’instant (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="225"/>
        <source>no message yet</source>
        <translation>aucun message</translation>
    </message>
</context>
<context>
    <name>concierge::ui::EventLogModel</name>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="32"/>
        <source>Staff (phone)</source>
        <translation>Secrétariat (téléphone)</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="33"/>
        <source>%1 wrote: %2</source>
        <translation>%1 a écrit : %2</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="33"/>
        <source>Parishioner</source>
        <translation>Paroissien</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="36"/>
        <source>Assistant answers: %1</source>
        <translation>L&apos;assistant répond : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="37"/>
        <source>Reply delivered to WhatsApp</source>
        <translation>Réponse remise à WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="39"/>
        <source>Reply could not be sent: %1</source>
        <translation>La réponse n&apos;a pas pu être envoyée : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="41"/>
        <source>Receipt: %1</source>
        <translation>Accusé : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="42"/>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="42"/>
        <source>delivered</source>
        <translation>distribué</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="44"/>
        <source>WhatsApp session: %1</source>
        <translation>Session WhatsApp : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="48"/>
        <source>Asks for a person (%1). %2</source>
        <translation>Demande à parler à une personne (%1). %2</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="52"/>
        <source>No answer from %1: back in the queue</source>
        <translation>Pas de réponse de %1 : retour dans la file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="53"/>
        <source>Reminder: %1 has not answered yet</source>
        <translation>Rappel : %1 n&apos;a pas encore répondu</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="57"/>
        <source>Follow-up done: %1</source>
        <translation>Suivi terminé : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="57"/>
        <source>Follow-up to do: %1</source>
        <translation>Suivi à faire : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="60"/>
        <source>Too many wrong parent codes: code checks refused until %1</source>
        <translation>Trop de codes parent erronés : vérifications refusées jusqu&apos;à %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="64"/>
        <source>Server health: %1</source>
        <translation>État du serveur : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="72"/>
        <source>Waiting for a person</source>
        <translation>En attente d&apos;une personne</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="74"/>
        <source>Taken over by %1</source>
        <translation>Pris en charge par %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="75"/>
        <source>Back with the assistant</source>
        <translation>Rendu à l&apos;assistant</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="106"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="107"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="108"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>concierge::ui::EventLogPanel</name>
    <message>
        <location filename="../ui/panels/EventLogPanel.cpp" line="13"/>
        <source>Live conversations</source>
        <translation>Conversations en direct</translation>
    </message>
</context>
<context>
    <name>concierge::ui::FaqDialog</name>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="22"/>
        <source>Edit a knowledge base entry</source>
        <translation>Modifier une fiche de la base de connaissances</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="22"/>
        <source>New knowledge base entry</source>
        <translation>Nouvelle fiche de la base de connaissances</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="27"/>
        <source>What parents ask, e.g. &quot;What time is Sunday Mass?&quot;</source>
        <translation>Ce que demandent les parents, par ex. « À quelle heure est la messe du dimanche ? »</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="28"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="31"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="37"/>
        <source>Words that help find this entry, separated by commas</source>
        <translation>Mots qui aident à trouver cette fiche, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="38"/>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="40"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="41"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="42"/>
        <source>Wolof</source>
        <translation>Wolof</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="44"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="69"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="76"/>
        <source>The server cannot be reached: %1</source>
        <translation>Le serveur est injoignable : %1</translation>
    </message>
</context>
<context>
    <name>concierge::ui::FirstRunWizard</name>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="44"/>
        <source>Welcome to Concierge</source>
        <translation>Bienvenue dans Concierge</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="52"/>
        <source>Save and finish</source>
        <translation>Enregistrer et terminer</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="58"/>
        <source>Your parish</source>
        <translation>Votre paroisse</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="59"/>
        <source>A few questions to put the WhatsApp assistant to work. Everything can be changed later in Tools &gt; Settings.</source>
        <translation>Quelques questions pour mettre l’assistant WhatsApp au travail. Tout pourra être modifié plus tard dans Outils &gt; Paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="63"/>
        <source>Parish name</source>
        <translation>Nom de la paroisse</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="70"/>
        <source>WhatsApp (WAHA)</source>
        <translation>WhatsApp (WAHA)</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="71"/>
        <source>WAHA links the parish&apos;s WhatsApp number to Concierge. Leave the address empty to set it up later: replies will wait until then.</source>
        <translation>WAHA relie le numéro WhatsApp de la paroisse à Concierge. Laissez l’adresse vide pour le configurer plus tard : les réponses attendront jusque-là.</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="76"/>
        <source>WAHA address</source>
        <translation>Adresse de WAHA</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="79"/>
        <source>WAHA API key</source>
        <translation>Clé d’API WAHA</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="80"/>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="117"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="97"/>
        <source>The AI model</source>
        <translation>Le modèle d’IA</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="98"/>
        <source>With an AI token the assistant writes its answers; without one, it answers from keywords and the FAQ, which works too.</source>
        <translation>Avec un jeton d’IA, l’assistant rédige ses réponses ; sans jeton, il répond à partir des mots-clés et de la FAQ, ce qui fonctionne aussi.</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="102"/>
        <source>AI service address</source>
        <translation>Adresse du service d’IA</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="105"/>
        <source>AI model</source>
        <translation>Modèle d’IA</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="108"/>
        <source>AI token</source>
        <translation>Jeton d’IA</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="109"/>
        <source>Continue without AI</source>
        <translation>Continuer sans IA</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="134"/>
        <source>Demo parish</source>
        <translation>Paroisse de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="135"/>
        <source>Fictional families, pupils and questions, to try the console before the parish&apos;s own registry is imported. They are loaded only into an empty database.</source>
        <translation>Des familles, des élèves et des questions fictifs, pour essayer la console avant d’importer le registre de la paroisse. Ils ne sont chargés que dans une base vide.</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="138"/>
        <source>Load the demo parish</source>
        <translation>Charger la paroisse de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="154"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="164"/>
        <source>To keep</source>
        <translation>À conserver</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="167"/>
        <source>Give WAHA this webhook address and token.</source>
        <translation>Indiquez à WAHA cette adresse de webhook et ce jeton.</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="168"/>
        <source>Give WAHA this webhook address and token. Keep the administrator&apos;s password somewhere safe: it is shown only now.</source>
        <translation>Indiquez à WAHA cette adresse de webhook et ce jeton. Conservez le mot de passe de l’administrateur en lieu sûr : il n’est affiché qu’ici.</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="172"/>
        <source>Webhook URL</source>
        <translation>Adresse du webhook</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="177"/>
        <source>Other addresses</source>
        <translation>Autres adresses</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="178"/>
        <source>Webhook token (X-Waha-Token)</source>
        <translation>Jeton du webhook (X-Waha-Token)</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="180"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="183"/>
        <source>Administrator&apos;s password</source>
        <translation>Mot de passe de l’administrateur</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="194"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="230"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="236"/>
        <source>Not saved: %1. Go back, correct it, and finish again.</source>
        <translation>Non enregistré : %1. Revenez en arrière, corrigez, puis terminez à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="252"/>
        <source>Saved, but the first run could not be closed: %1. Finish again.</source>
        <translation>Enregistré, mais la première configuration n’a pas pu être close : %1. Terminez à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="273"/>
        <source>Restart the server?</source>
        <translation>Redémarrer le serveur ?</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="274"/>
        <source>The server restarts to use the new settings. Restart it now?</source>
        <translation>Le serveur doit redémarrer pour appliquer les nouveaux paramètres. Le redémarrer maintenant ?</translation>
    </message>
</context>
<context>
    <name>concierge::ui::HealthBar</name>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="28"/>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="28"/>
        <source>WhatsApp session &apos;%1&apos; is connected.</source>
        <translation>La session WhatsApp « %1 » est connectée.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="30"/>
        <location filename="../ui/health/HealthBar.cpp" line="50"/>
        <source>not configured</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="31"/>
        <source>WAHA is not configured: replies wait in the outbox. Set the WAHA address in Tools &gt; Settings.</source>
        <translation>WAHA n’est pas configuré : les réponses attendent dans la file d’envoi. Indiquez l’adresse de WAHA dans Outils &gt; Paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="34"/>
        <source>scan the QR code</source>
        <translation>scannez le code QR</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="35"/>
        <source>WhatsApp waits for the parish&apos;s phone to scan the QR code.</source>
        <translation>WhatsApp attend que le téléphone de la paroisse scanne le code QR.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="37"/>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="37"/>
        <source>The WhatsApp session is starting.</source>
        <translation>La session WhatsApp démarre.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="39"/>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="40"/>
        <source>WAHA does not answer: %1</source>
        <translation>WAHA ne répond pas : %1</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="41"/>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="42"/>
        <source>The WhatsApp session is %1: restart it in WAHA.</source>
        <translation>La session WhatsApp est à l’état %1 : redémarrez-la dans WAHA.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="49"/>
        <source>The AI model %1 writes the answers.</source>
        <translation>Le modèle d’IA %1 rédige les réponses.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="51"/>
        <source>No AI model: the offline router answers from keywords and the FAQ.</source>
        <translation>Pas de modèle d’IA : le routeur hors ligne répond à partir des mots-clés et de la FAQ.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="64"/>
        <source>in memory</source>
        <translation>en mémoire</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="73"/>
        <source>Working (%1).</source>
        <translation>En service (%1).</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="75"/>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="76"/>
        <source>The cache is unavailable; the server works without it, more slowly.</source>
        <translation>Le cache est indisponible ; le serveur fonctionne sans lui, plus lentement.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="77"/>
        <source>down</source>
        <translation>hors service</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="78"/>
        <source>The database does not answer: messages cannot be recorded.</source>
        <translation>La base de données ne répond pas : les messages ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="107"/>
        <source>Show the WhatsApp QR code…</source>
        <translation>Afficher le code QR WhatsApp…</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="115"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="150"/>
        <location filename="../ui/health/HealthBar.cpp" line="165"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="152"/>
        <location filename="../ui/health/HealthBar.cpp" line="166"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="154"/>
        <location filename="../ui/health/HealthBar.cpp" line="167"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="156"/>
        <location filename="../ui/health/HealthBar.cpp" line="168"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
</context>
<context>
    <name>concierge::ui::HealthPanel</name>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="15"/>
        <source>Health: checking…</source>
        <translation>État : vérification…</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="27"/>
        <source>Health: &lt;b style=&apos;color:#b00020&apos;&gt;server unreachable&lt;/b&gt; (%1)</source>
        <translation>État : &lt;b style=&apos;color:#b00020&apos;&gt;serveur injoignable&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="42"/>
        <source>all systems working</source>
        <translation>tout fonctionne</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="43"/>
        <source>working, with something missing</source>
        <translation>fonctionne, avec un élément manquant</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="44"/>
        <source>down</source>
        <translation>en panne</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="45"/>
        <source>Health: &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</source>
        <translation>État : &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="52"/>
        <source>Database: %1 · Cache: %2 (%3) · WhatsApp (WAHA): %4 · AI model: %5</source>
        <translation>Base de données : %1 · Cache : %2 (%3) · WhatsApp (WAHA) : %4 · Modèle d&apos;IA : %5</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="62"/>
        <source>working</source>
        <translation>en service</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="64"/>
        <source>configured</source>
        <translation>configuré</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="66"/>
        <source>not configured</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="68"/>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="70"/>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="72"/>
        <source>waiting for the QR code to be scanned</source>
        <translation>en attente du scan du QR code</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="74"/>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="76"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>concierge::ui::KnowledgePage</name>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="40"/>
        <source>&lt;b&gt;Knowledge base&lt;/b&gt; — the questions and answers the assistant answers from.</source>
        <translation>&lt;b&gt;Base de connaissances&lt;/b&gt; — les questions et réponses dont l&apos;assistant se sert pour répondre.</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="51"/>
        <source>Search questions, answers and keywords</source>
        <translation>Rechercher dans les questions, réponses et mots-clés</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="54"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="56"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="58"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="60"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="67"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="68"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="69"/>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="70"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/KnowledgePage.cpp" line="101"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="105"/>
        <source>Could not load the knowledge base: %1</source>
        <translation>Impossible de charger la base de connaissances : %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="111"/>
        <source>The knowledge base comes from Baserow: edit it in Baserow, the assistant follows.</source>
        <translation>La base de connaissances provient de Baserow : modifiez-la dans Baserow, l&apos;assistant suivra.</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="113"/>
        <source>Only an administrator can change the knowledge base.</source>
        <translation>Seul un administrateur peut modifier la base de connaissances.</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="160"/>
        <location filename="../ui/admin/KnowledgePage.cpp" line="172"/>
        <source>Delete an entry</source>
        <translation>Supprimer une fiche</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="161"/>
        <source>Delete this entry? The assistant will no longer answer with it.

%1</source>
        <translation>Supprimer cette fiche ? L&apos;assistant ne s&apos;en servira plus pour répondre.

%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="173"/>
        <source>The entry was not deleted: %1</source>
        <translation>La fiche n&apos;a pas été supprimée : %1</translation>
    </message>
</context>
<context>
    <name>concierge::ui::LoginDialog</name>
    <message>
        <location filename="../ui/login/LoginDialog.cpp" line="19"/>
        <source>Concierge — log in</source>
        <translation>Concierge — connexion</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginDialog.cpp" line="29"/>
        <source>Log in to the Concierge server at %1.</source>
        <translation>Connectez-vous au serveur Concierge à l&apos;adresse %1.</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginDialog.cpp" line="32"/>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginDialog.cpp" line="33"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginDialog.cpp" line="36"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginDialog.cpp" line="39"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginDialog.cpp" line="93"/>
        <source>Enter your username and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>concierge::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="99"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>Stay to save them, or close the console and lose them.</source>
        <translation>Restez pour les enregistrer, ou fermez la console et elles seront perdues.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>&amp;About Concierge</source>
        <translation>&amp;À propos de Concierge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182"/>
        <source>About Concierge</source>
        <translation>À propos de Concierge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>&lt;b&gt;Concierge&lt;/b&gt; %1&lt;br&gt;The parish&apos;s WhatsApp assistant and its supervisor console.</source>
        <translation>&lt;b&gt;Concierge&lt;/b&gt; %1&lt;br&gt;L&apos;assistant WhatsApp de la paroisse et sa console de supervision.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>Show the console</source>
        <translation>Afficher la console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Concierge — parish supervisor console</source>
        <translation>Concierge — console de supervision de la paroisse</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>%n conversation(s) waiting for a person</source>
        <translation>
            <numerusform>%n conversation attend une personne</numerusform>
            <numerusform>%n conversations attendent une personne</numerusform>
        </translation>
    </message>
    <message>
        <source>Server listening on %1</source>
        <translation type="vanished">Serveur à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="vanished">Serveur</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsMenu.cpp" line="16"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="84"/>
        <source>Restart the server</source>
        <translation>Redémarrer le serveur</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="85"/>
        <source>The settings were saved on the server. Some take effect only after a restart: ask the server&apos;s administrator to restart concierge-server.</source>
        <translation>Les réglages ont été enregistrés sur le serveur. Certains ne prennent effet qu&apos;après un redémarrage : demandez à l&apos;administrateur du serveur de redémarrer concierge-server.</translation>
    </message>
</context>
<context>
    <name>concierge::ui::QrCodeDialog</name>
    <message>
        <location filename="../ui/health/QrCodeDialog.cpp" line="17"/>
        <source>Connect WhatsApp</source>
        <translation>Connecter WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/health/QrCodeDialog.cpp" line="19"/>
        <source>On the parish&apos;s phone, open WhatsApp &gt; Settings &gt; Linked devices &gt; Link a device, then scan this code.</source>
        <translation>Sur le téléphone de la paroisse, ouvrez WhatsApp &gt; Paramètres &gt; Appareils connectés &gt; Connecter un appareil, puis scannez ce code.</translation>
    </message>
    <message>
        <location filename="../ui/health/QrCodeDialog.cpp" line="29"/>
        <source>Asking WhatsApp for a code…</source>
        <translation>Demande d’un code à WhatsApp…</translation>
    </message>
    <message>
        <location filename="../ui/health/QrCodeDialog.cpp" line="46"/>
        <source>WhatsApp is connected. You may close this window.</source>
        <translation>WhatsApp est connecté. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../ui/health/QrCodeDialog.cpp" line="57"/>
        <source>WhatsApp is not waiting for a scan any more.</source>
        <translation>WhatsApp n’attend plus de scan.</translation>
    </message>
    <message>
        <location filename="../ui/health/QrCodeDialog.cpp" line="58"/>
        <source>No code: %1</source>
        <translation>Pas de code : %1</translation>
    </message>
    <message>
        <location filename="../ui/health/QrCodeDialog.cpp" line="64"/>
        <source>The code changes every 20 seconds; this window follows it.</source>
        <translation>Le code change toutes les 20 secondes ; cette fenêtre le suit.</translation>
    </message>
</context>
<context>
    <name>concierge::ui::RegistryPage</name>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="58"/>
        <source>&lt;b&gt;Registry&lt;/b&gt; — the catechism&apos;s families and pupils. Children&apos;s data: every view is recorded in the audit log.</source>
        <translation>&lt;b&gt;Registre&lt;/b&gt; — les familles et les élèves du catéchisme. Données d&apos;enfants : chaque consultation est inscrite au journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="64"/>
        <source>Only an administrator can see the registry.</source>
        <translation>Seul un administrateur peut consulter le registre.</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="83"/>
        <source>&lt;b&gt;Parents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Parents&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="85"/>
        <source>Search by code, name, phone or e-mail</source>
        <translation>Rechercher par code, nom, téléphone ou e-mail</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="89"/>
        <source>Import parents (CSV)…</source>
        <translation>Importer des parents (CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="94"/>
        <location filename="../ui/admin/RegistryPage.cpp" line="138"/>
        <source>Parent code</source>
        <translation>Code parent</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="95"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="96"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="97"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/RegistryPage.cpp" line="104"/>
        <source>%n parent(s)</source>
        <translation>
            <numerusform>%n parent</numerusform>
            <numerusform>%n parents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="106"/>
        <location filename="../ui/admin/RegistryPage.cpp" line="159"/>
        <source>Could not load: %1</source>
        <translation>Chargement impossible : %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="123"/>
        <source>&lt;b&gt;Pupils&lt;/b&gt;</source>
        <translation>&lt;b&gt;Élèves&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="124"/>
        <source>Search by pupil, name or parent code</source>
        <translation>Rechercher par élève, nom ou code parent</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="127"/>
        <source>All families</source>
        <translation>Toutes les familles</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="130"/>
        <source>Import pupils (CSV)…</source>
        <translation>Importer des élèves (CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="135"/>
        <source>Pupil</source>
        <translation>Élève</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="136"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="137"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="139"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="140"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="141"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="142"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="148"/>
        <source>Sacrament</source>
        <translation>Sacrement</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/RegistryPage.cpp" line="155"/>
        <source>%n pupil(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="156"/>
        <source>%1 in family %2</source>
        <translation>%1 dans la famille %2</translation>
    </message>
</context>
<context>
    <name>concierge::ui::RemoteLogin</name>
    <message>
        <location filename="../ui/login/RemoteLogin.cpp" line="37"/>
        <source>Wrong username or password. Check them and try again.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/login/RemoteLogin.cpp" line="39"/>
        <source>This account is disabled. Ask the parish administrator to enable it again.</source>
        <translation>Ce compte est désactivé. Demandez à l&apos;administrateur de la paroisse de le réactiver.</translation>
    </message>
    <message>
        <location filename="../ui/login/RemoteLogin.cpp" line="41"/>
        <source>The server %1 cannot be reached (%2). Check that concierge-server runs there and that this PC is on the network, then press Retry.</source>
        <translation>Le serveur %1 est injoignable (%2). Vérifiez que concierge-server y fonctionne et que ce poste est bien connecté au réseau, puis cliquez sur Réessayer.</translation>
    </message>
    <message>
        <location filename="../ui/login/RemoteLogin.cpp" line="44"/>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>Trop de tentatives. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/login/RemoteLogin.cpp" line="47"/>
        <source>The server refused the login (%1). Check the server address %2.</source>
        <translation>Le serveur a refusé la connexion (%1). Vérifiez l&apos;adresse du serveur %2.</translation>
    </message>
    <message>
        <location filename="../ui/login/RemoteLogin.cpp" line="94"/>
        <source>Your session has ended. Log in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>concierge::ui::ServerInfoPanel</name>
    <message>
        <location filename="../ui/panels/ServerInfoPanel.cpp" line="14"/>
        <source>Webhook address for WAHA: &lt;b&gt;%1/api/v1/webhook&lt;/b&gt;</source>
        <translation>Adresse du webhook pour WAHA : &lt;b&gt;%1/api/v1/webhook&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/ServerInfoPanel.cpp" line="20"/>
        <source>The webhook token (header X-Waha-Token) is in %1</source>
        <translation>Le jeton du webhook (en-tête X-Waha-Token) se trouve dans %1</translation>
    </message>
</context>
<context>
    <name>concierge::ui::ServicesPage</name>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="49"/>
        <source>&lt;b&gt;Services&lt;/b&gt; — what the assistant does and says. Changes apply to the next message, without a restart.</source>
        <translation>&lt;b&gt;Services&lt;/b&gt; — ce que fait et dit l&apos;assistant. Les modifications s&apos;appliquent dès le message suivant, sans redémarrage.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="54"/>
        <source>Only an administrator can change the services: you can read them here.</source>
        <translation>Seul un administrateur peut modifier les services : vous pouvez les consulter ici.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="81"/>
        <source>The assistant offers this service</source>
        <translation>L&apos;assistant propose ce service</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="83"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="86"/>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="93"/>
        <source>The instructions given to the AI model for this service.</source>
        <translation>Les consignes données au modèle d&apos;IA pour ce service.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="94"/>
        <source>Instructions (prompt)</source>
        <translation>Consignes (prompt)</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="100"/>
        <source>Word or phrase</source>
        <translation>Mot ou expression</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="100"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="105"/>
        <source>Words that lead a message to this service when the AI is not used. A higher weight counts more (0.1 to 10); a trailing * matches the start of a word.</source>
        <translation>Mots qui orientent un message vers ce service lorsque l&apos;IA n&apos;est pas utilisée. Un poids plus élevé compte davantage (0,1 à 10) ; un * final correspond au début d&apos;un mot.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="108"/>
        <source>Add a keyword</source>
        <translation>Ajouter un mot-clé</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="109"/>
        <source>Remove the selected keyword</source>
        <translation>Retirer le mot-clé sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="118"/>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="123"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="123"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="123"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="133"/>
        <source>Double-click a text to edit it. Words in {braces} are filled in by the assistant: keep them as they are. An empty English text uses the French one.</source>
        <translation>Double-cliquez sur un texte pour le modifier. Les mots entre {accolades} sont remplis par l&apos;assistant : laissez-les tels quels. Un texte anglais vide reprend le texte français.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="135"/>
        <source>Reply texts</source>
        <translation>Textes des réponses</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="141"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="143"/>
        <source>&amp;Revert</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="201"/>
        <source>Could not load the services: %1</source>
        <translation>Impossible de charger les services : %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="216"/>
        <source>General texts (welcome, menu)</source>
        <translation>Textes généraux (accueil, menu)</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="220"/>
        <location filename="../ui/admin/ServicesPage.cpp" line="366"/>
        <source>%1 (off)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="233"/>
        <source>The changes to the service &quot;%1&quot; are not saved.</source>
        <translation>Les modifications du service « %1 » ne sont pas enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="241"/>
        <location filename="../ui/admin/ServicesPage.cpp" line="415"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="241"/>
        <source>This service has changes that are not saved. Save them now?</source>
        <translation>Ce service comporte des modifications non enregistrées. Voulez-vous les enregistrer maintenant ?</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="347"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="353"/>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="355"/>
        <source>The server cannot be reached: %1</source>
        <translation>Le serveur est injoignable : %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="362"/>
        <source>Saved: the next message uses it.</source>
        <translation>Enregistré : le prochain message en tiendra compte.</translation>
    </message>
</context>
<context>
    <name>concierge::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="48"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="53"/>
        <source>Loading the server&apos;s settings…</source>
        <translation>Chargement des paramètres du serveur…</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="78"/>
        <source>Only an administrator may change the settings.</source>
        <translation>Seul un administrateur peut modifier les paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="79"/>
        <source>The settings could not be loaded: %1. Close and try again.</source>
        <translation>Les paramètres n’ont pas pu être chargés : %1. Fermez et réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="83"/>
        <source>Saved to %1 on the server.</source>
        <translation>Enregistrés dans %1 sur le serveur.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="133"/>
        <source> (saved, after a restart)</source>
        <translation> (enregistré, après un redémarrage)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="137"/>
        <source>Also set in the server&apos;s environment, which wins over a saved value.</source>
        <translation>Également défini dans l’environnement du serveur, qui l’emporte sur une valeur enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="174"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="175"/>
        <source>set — type to replace</source>
        <translation>défini — saisissez pour remplacer</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="176"/>
        <source>set, ends with …%1 — type to replace</source>
        <translation>défini, se termine par …%1 — saisissez pour remplacer</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="183"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="185"/>
        <source>Show what you typed</source>
        <translation>Afficher ce que vous avez saisi</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="210"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="218"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="243"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="247"/>
        <source>Console language</source>
        <translation>Langue de la console</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="248"/>
        <source>Kept on this computer; applies the next time the console starts.</source>
        <translation>Conservée sur cet ordinateur ; s’applique au prochain démarrage de la console.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="285"/>
        <source>Correct the field marked in red, then save again.</source>
        <translation>Corrigez le champ signalé en rouge, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="299"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="325"/>
        <source>Restart the server?</source>
        <translation>Redémarrer le serveur ?</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="326"/>
        <source>Saved. These settings take effect when the server restarts: %1.

Restart it now? Conversations in progress resume after the restart.</source>
        <translation>Enregistré. Ces paramètres prennent effet au redémarrage du serveur : %1.

Le redémarrer maintenant ? Les conversations en cours reprennent après le redémarrage.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="331"/>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="332"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>concierge::ui::SimulatorPage</name>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="34"/>
        <source>&lt;b&gt;Try it&lt;/b&gt; — write as a parent would and see what the assistant answers. Nothing is sent on WhatsApp: test a change here before parents see it.</source>
        <translation>&lt;b&gt;Essayer&lt;/b&gt; — écrivez comme le ferait un parent et voyez ce que répond l&apos;assistant. Rien n&apos;est envoyé sur WhatsApp : testez ici une modification avant que les parents ne la voient.</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="41"/>
        <source>The conversation appears here.</source>
        <translation>La conversation s&apos;affiche ici.</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="52"/>
        <source>Optional: a conversation&apos;s number (221771234567@c.us) to answer in its context</source>
        <translation>Facultatif : le numéro d&apos;une conversation (221771234567@c.us) pour répondre dans son contexte</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="53"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="56"/>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="57"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="58"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="59"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="65"/>
        <source>Write a message as a parent would (Ctrl+Enter to send)</source>
        <translation>Écrivez un message comme le ferait un parent (Ctrl+Entrée pour envoyer)</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="68"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="72"/>
        <source>Clear the conversation</source>
        <translation>Effacer la conversation</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="93"/>
        <source>The assistant is thinking…</source>
        <translation>L&apos;assistant réfléchit…</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="97"/>
        <source>The server cannot be reached: %1</source>
        <translation>Le serveur est injoignable : %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="98"/>
        <source>No answer: %1</source>
        <translation>Pas de réponse : %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="111"/>
        <source>Service: %1 · intent: %2 · language: %3 · confidence: %4 · decided by: %5 · %6 ms</source>
        <translation>Service : %1 · intention : %2 · langue : %3 · confiance : %4 · décidé par : %5 · %6 ms</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="112"/>
        <location filename="../ui/admin/SimulatorPage.cpp" line="113"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="115"/>
        <source>the AI</source>
        <translation>l&apos;IA</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="115"/>
        <source>the offline router</source>
        <translation>l&apos;aiguillage hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="117"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="121"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
</context>
<context>
    <name>concierge::ui::inbox::ContactDataActions</name>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="24"/>
        <source>E&amp;xport contact data…</source>
        <translation>E&amp;xporter les données du contact…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="25"/>
        <source>&amp;Erase contact data…</source>
        <translation>&amp;Effacer les données du contact…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="52"/>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="67"/>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="74"/>
        <source>Export contact data</source>
        <translation>Exporter les données du contact</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="52"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="68"/>
        <source>The contact&apos;s data could not be exported: %1</source>
        <translation>Les données du contact n&apos;ont pas pu être exportées : %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="75"/>
        <source>Cannot write %1: %2. Choose another folder and try again.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="91"/>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="113"/>
        <source>Erase contact data</source>
        <translation>Effacer les données du contact</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="92"/>
        <source>Erase everything held about %1?</source>
        <translation>Effacer tout ce qui est conservé sur %1 ?</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="94"/>
        <source>Their messages, sessions, handoffs and follow-ups are deleted for good. This cannot be undone. Certificates and the audit log are kept; the audit log records the erasure.</source>
        <translation>Ses messages, sessions, transferts et rappels sont supprimés définitivement. Cette action est irréversible. Les attestations et le journal d&apos;audit sont conservés ; le journal d&apos;audit consigne l&apos;effacement.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="97"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="114"/>
        <source>The contact&apos;s data was not erased: %1</source>
        <translation>Les données du contact n&apos;ont pas été effacées : %1</translation>
    </message>
</context>
<context>
    <name>concierge::ui::inbox::ConversationDelegate</name>
    <message>
        <location filename="../ui/inbox/ConversationDelegate.cpp" line="93"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>concierge::ui::inbox::ConversationPages</name>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="28"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="29"/>
        <source>Handoff queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="30"/>
        <source>Follow-ups</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="49"/>
        <source>&amp;Claim</source>
        <translation>&amp;Prendre en charge</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="51"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="54"/>
        <source>&amp;Hand back to the assistant</source>
        <translation>&amp;Rendre à l&apos;assistant</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="56"/>
        <source>C&amp;lose</source>
        <translation>C&amp;lôturer</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="59"/>
        <source>&amp;Next waiting conversation</source>
        <translation>&amp;Conversation en attente suivante</translation>
    </message>
</context>
<context>
    <name>concierge::ui::inbox::ConversationPanel</name>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="63"/>
        <source>Search a name, a number or a message</source>
        <translation>Rechercher un nom, un numéro ou un message</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="70"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="71"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="72"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="73"/>
        <source>With agents</source>
        <translation>Avec un agent</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="74"/>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="118"/>
        <source>Claim</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="120"/>
        <source>Take this conversation: the assistant stops answering (Ctrl+T)</source>
        <translation>Prendre cette conversation : l&apos;assistant cesse de répondre (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="121"/>
        <source>Hand back to the assistant</source>
        <translation>Rendre à l&apos;assistant</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="123"/>
        <source>The assistant answers again; the contact is told (Ctrl+Shift+R)</source>
        <translation>L&apos;assistant répond de nouveau ; le contact en est informé (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="124"/>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="126"/>
        <source>Done: back to the assistant without a message to the contact (Ctrl+Shift+W)</source>
        <translation>Terminé : retour à l&apos;assistant sans message au contact (Ctrl+Maj+W)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="155"/>
        <source>Write your answer…</source>
        <translation>Rédigez votre réponse…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="157"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="159"/>
        <source>Send to the contact on WhatsApp (Ctrl+Enter)</source>
        <translation>Envoyer au contact sur WhatsApp (Ctrl+Entrée)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/ConversationPanel.cpp" line="249"/>
        <source>%n reply(s) typed but not sent.</source>
        <translation>
            <numerusform>%n réponse écrite mais pas envoyée.</numerusform>
            <numerusform>%n réponses écrites mais pas envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="266"/>
        <source>Select a conversation on the left.</source>
        <translation>Sélectionnez une conversation à gauche.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="268"/>
        <source>You are answering: Ctrl+Enter sends. Hand back to the assistant when you are done.</source>
        <translation>Vous répondez : Ctrl+Entrée envoie. Rendez la conversation à l&apos;assistant quand vous avez terminé.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="271"/>
        <source>Someone is answering from the paired phone.</source>
        <translation>Quelqu&apos;un répond depuis le téléphone associé.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="272"/>
        <source>%1 is answering this conversation.</source>
        <translation>%1 répond à cette conversation.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="274"/>
        <source>Claim this conversation to answer.</source>
        <translation>Prenez en charge cette conversation pour répondre.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="349"/>
        <source>The server cannot be reached; check the connection and retry.</source>
        <translation>Le serveur est injoignable ; vérifiez la connexion puis réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="350"/>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé : %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="363"/>
        <source>%1 took this conversation a moment ago.</source>
        <translation>%1 a pris cette conversation il y a un instant.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="365"/>
        <source>This conversation went back to the waiting queue; claim it to answer.</source>
        <translation>Cette conversation est revenue dans la file d&apos;attente ; prenez-la en charge pour répondre.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="367"/>
        <source>The assistant has this conversation again; claim it to answer.</source>
        <translation>L&apos;assistant a repris cette conversation ; prenez-la en charge pour répondre.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="369"/>
        <source>This conversation changed meanwhile; it is shown as it is now.</source>
        <translation>Cette conversation a changé entre-temps ; elle est affichée dans son état actuel.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="377"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
</context>
<context>
    <name>concierge::ui::inbox::FollowupsPanel</name>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="36"/>
        <source>The agent stopped answering; nobody took it over in time</source>
        <translation>L&apos;agent ne répondait plus ; personne n&apos;a pris le relais à temps</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="37"/>
        <source>Asked for a person; nobody could answer in time</source>
        <translation>A demandé une personne ; personne n&apos;a pu répondre à temps</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="53"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="53"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="53"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="53"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="53"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="66"/>
        <source>Mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="68"/>
        <source>Open the conversation</source>
        <translation>Ouvrir la conversation</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="69"/>
        <source>Show done ones</source>
        <translation>Afficher ceux déjà faits</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="116"/>
        <source>The follow-ups could not be loaded: %1</source>
        <translation>Les rappels n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="138"/>
        <source>No call-back to make.</source>
        <translation>Aucun rappel à faire.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="138"/>
        <source>%n call-back(s) to make.</source>
        <translation>
            <numerusform>%n rappel à faire.</numerusform>
            <numerusform>%n rappels à faire.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="159"/>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="163"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="163"/>
        <source>Done by %1</source>
        <translation>Fait par %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="163"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="197"/>
        <source>Could not mark it done: %1</source>
        <translation>Impossible de le marquer comme fait : %1</translation>
    </message>
</context>
<context>
    <name>concierge::ui::inbox::HandoffAlert</name>
    <message>
        <location filename="../ui/inbox/HandoffAlert.cpp" line="21"/>
        <source>Still waiting for a person</source>
        <translation>Toujours en attente d&apos;une personne</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/HandoffAlert.cpp" line="22"/>
        <source>%n conversation(s) waiting for a person in the queue.</source>
        <translation>
            <numerusform>%n conversation attend une personne dans la file.</numerusform>
            <numerusform>%n conversations attendent une personne dans la file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffAlert.cpp" line="45"/>
        <source>Urgent: %1 asks for a person</source>
        <translation>Urgent : %1 demande une personne</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffAlert.cpp" line="45"/>
        <source>%1 asks for a person</source>
        <translation>%1 demande une personne</translation>
    </message>
</context>
<context>
    <name>concierge::ui::inbox::HandoffQueuePanel</name>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="30"/>
        <source>Answered from the phone</source>
        <translation>Répondu depuis le téléphone</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="32"/>
        <source>Back in the queue: the agent was silent</source>
        <translation>De retour dans la file : l&apos;agent ne répondait plus</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="33"/>
        <source>Asked for a person</source>
        <translation>A demandé une personne</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="50"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="50"/>
        <source>Waiting / agent</source>
        <translation>Attente / agent</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="50"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="60"/>
        <source>Claim and answer</source>
        <translation>Prendre en charge et répondre</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="62"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="64"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="216"/>
        <source>Waiting for %1</source>
        <translation>En attente depuis %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="222"/>
        <source>URGENT</source>
        <translation>URGENT</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="244"/>
        <source>Waiting for a person (%1)</source>
        <translation>En attente d&apos;une personne (%1)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="245"/>
        <source>Being answered by an agent (%1)</source>
        <translation>Prises en charge par un agent (%1)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="263"/>
        <source>Nobody is waiting for a person.</source>
        <translation>Personne n&apos;attend.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="264"/>
        <source>%n conversation(s) waiting for a person.</source>
        <translation>
            <numerusform>%n conversation attend une personne.</numerusform>
            <numerusform>%n conversations attendent une personne.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="283"/>
        <source>Could not claim: %1</source>
        <translation>Prise en charge impossible : %1</translation>
    </message>
</context>
<context>
    <name>concierge::ui::inbox::ThreadView</name>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="20"/>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="22"/>
        <source>Catechism</source>
        <translation>Catéchèse</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="24"/>
        <source>Talk to someone</source>
        <translation>Parler à quelqu&apos;un</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="71"/>
        <source>Select a conversation on the left.</source>
        <translation>Sélectionnez une conversation à gauche.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="180"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="188"/>
        <source>Service: %1</source>
        <translation>Service : %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="189"/>
        <source>Service: %1 · intent: %2</source>
        <translation>Service : %1 · intention : %2</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="214"/>
        <source>Scroll up for older messages</source>
        <translation>Remontez pour voir les messages plus anciens</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="23"/>
        <source>Read settings from this .env file.</source>
        <translation>Lire les réglages dans ce fichier .env.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="25"/>
        <source>Listen address (HOST).</source>
        <translation>Adresse d&apos;écoute (HOST).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="27"/>
        <source>Listen port (PORT).</source>
        <translation>Port d&apos;écoute (PORT).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="31"/>
        <source>Folder for the database and generated files (DATA_DIR).</source>
        <translation>Dossier de la base de données et des fichiers générés (DATA_DIR).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="35"/>
        <source>Load the built-in demo parish into an empty database (DEMO_DATA).</source>
        <translation>Charger la paroisse de démonstration dans une base vide (DEMO_DATA).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="39"/>
        <source>Open the console on the concierge-server at this URL (no server here).</source>
        <translation>Ouvrir la console sur le concierge-server à cette adresse (sans serveur sur ce poste).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="42"/>
        <source>Username for --connect (pre-fills the login).</source>
        <translation>Nom d&apos;utilisateur pour --connect (pré-rempli à la connexion).</translation>
    </message>
    <message>
        <location filename="../app/PortConflict.cpp" line="40"/>
        <source>Port %1 is busy</source>
        <translation>Le port %1 est occupé</translation>
    </message>
    <message>
        <location filename="../app/PortConflict.cpp" line="45"/>
        <source>A Concierge server already runs on this PC at %1 (another data folder, or concierge-server). Open the console on it? You will be asked to log in.</source>
        <translation>Un serveur Concierge fonctionne déjà sur ce poste à l&apos;adresse %1 (un autre dossier de données, ou concierge-server). Voulez-vous ouvrir la console sur celui-ci ? Il vous sera demandé de vous connecter.</translation>
    </message>
    <message>
        <location filename="../app/PortConflict.cpp" line="49"/>
        <source>Connect to it</source>
        <translation>S&apos;y connecter</translation>
    </message>
    <message>
        <location filename="../app/PortConflict.cpp" line="51"/>
        <source>Another program uses port %1, so the server cannot start. Close that program, or set another PORT in the settings file (.env) or start with --port. You may also start on a free port this time (WhatsApp&apos;s webhook will not reach it).</source>
        <translation>Un autre programme utilise le port %1 : le serveur ne peut pas démarrer. Fermez ce programme, ou indiquez un autre PORT dans le fichier de réglages (.env), ou lancez Concierge avec --port. Vous pouvez aussi démarrer cette fois sur un port libre (le webhook de WhatsApp ne l&apos;atteindra pas).</translation>
    </message>
    <message>
        <location filename="../app/PortConflict.cpp" line="57"/>
        <source>Use a free port this time</source>
        <translation>Utiliser un port libre cette fois</translation>
    </message>
    <message>
        <location filename="../app/PortConflict.cpp" line="59"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
</TS>

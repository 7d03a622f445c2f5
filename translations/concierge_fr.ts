<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console_main.cpp" line="44"/>
        <location filename="../app/console_main.cpp" line="53"/>
        <source>Concierge cannot start</source>
        <translation>Concierge ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="45"/>
        <source>A setting is wrong:
%1</source>
        <translation>Un réglage est incorrect :
%1</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="54"/>
        <source>The server could not start:
%1</source>
        <translation>Le serveur n&apos;a pas pu démarrer :
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="36"/>
        <source>Server</source>
        <translation>Serveur</translation>
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
        <source>Messages per person per minute</source>
        <translation>Messages par personne et par minute</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="42"/>
        <source>Console sign-in lifetime (minutes)</source>
        <translation>Durée de connexion à la console (minutes)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="43"/>
        <source>Redis address</source>
        <translation>Adresse de Redis</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="47"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="48"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="49"/>
        <source>Baserow</source>
        <translation>Baserow</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="50"/>
        <source>Parish</source>
        <translation>Paroisse</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="51"/>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="52"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="53"/>
        <source>Console</source>
        <translation>Console</translation>
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
        <location filename="../ui/health/HealthBar.cpp" line="59"/>
        <source>Working (%1).</source>
        <translation>En service (%1).</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="61"/>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="62"/>
        <source>The cache is unavailable; the server works without it, more slowly.</source>
        <translation>Le cache est indisponible ; le serveur fonctionne sans lui, plus lentement.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="63"/>
        <source>down</source>
        <translation>hors service</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="64"/>
        <source>The database does not answer: messages cannot be recorded.</source>
        <translation>La base de données ne répond pas : les messages ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="93"/>
        <source>Show the WhatsApp QR code…</source>
        <translation>Afficher le code QR WhatsApp…</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="101"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="136"/>
        <location filename="../ui/health/HealthBar.cpp" line="151"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="138"/>
        <location filename="../ui/health/HealthBar.cpp" line="152"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="140"/>
        <location filename="../ui/health/HealthBar.cpp" line="153"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="142"/>
        <location filename="../ui/health/HealthBar.cpp" line="154"/>
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
    <name>concierge::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="128"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <source>&amp;About Concierge</source>
        <translation>À &amp;propos de Concierge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>About Concierge</source>
        <translation>À propos de Concierge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>&lt;b&gt;Concierge&lt;/b&gt; %1&lt;br&gt;The parish&apos;s WhatsApp assistant and its supervisor console.</source>
        <translation>&lt;b&gt;Concierge&lt;/b&gt; %1&lt;br&gt;L’assistant WhatsApp de la paroisse et sa console de supervision.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>Show the console</source>
        <translation>Afficher la console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176"/>
        <source>Concierge — parish supervisor console</source>
        <translation>Concierge — console de supervision de la paroisse</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>%n conversation(s) waiting for a person</source>
        <translation>
            <numerusform>%n conversation en attente d’une personne</numerusform>
            <numerusform>%n conversations en attente d’une personne</numerusform>
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
    <name>main</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="22"/>
        <source>Read settings from this .env file.</source>
        <translation>Lire les réglages dans ce fichier .env.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="24"/>
        <source>Listen address (HOST).</source>
        <translation>Adresse d&apos;écoute (HOST).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="26"/>
        <source>Listen port (PORT).</source>
        <translation>Port d&apos;écoute (PORT).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="30"/>
        <source>Folder for the database and generated files (DATA_DIR).</source>
        <translation>Dossier de la base de données et des fichiers générés (DATA_DIR).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="34"/>
        <source>Load the built-in demo parish into an empty database (DEMO_DATA).</source>
        <translation>Charger la paroisse de démonstration dans une base vide (DEMO_DATA).</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console_main.cpp" line="130"/>
        <location filename="../app/console_main.cpp" line="165"/>
        <source>Concierge cannot start</source>
        <translation>Concierge ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="166"/>
        <source>A setting is wrong:
%1</source>
        <translation>Un réglage est incorrect :
%1</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="131"/>
        <source>The server could not start:
%1</source>
        <translation>Le serveur n&apos;a pas pu démarrer :
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="32"/>
        <source>Server</source>
        <translation>Serveur</translation>
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
        <location filename="../ui/panels/HealthPanel.cpp" line="36"/>
        <source>all systems working</source>
        <translation>tout fonctionne</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="37"/>
        <source>working, with something missing</source>
        <translation>fonctionne, avec un élément manquant</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="38"/>
        <source>down</source>
        <translation>en panne</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="39"/>
        <source>Health: &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</source>
        <translation>État : &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="46"/>
        <source>Database: %1 · Cache: %2 (%3) · WhatsApp (WAHA): %4 · AI model: %5</source>
        <translation>Base de données : %1 · Cache : %2 (%3) · WhatsApp (WAHA) : %4 · Modèle d&apos;IA : %5</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="56"/>
        <source>working</source>
        <translation>en service</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="58"/>
        <source>configured</source>
        <translation>configuré</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="60"/>
        <source>not configured</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="62"/>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="64"/>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="66"/>
        <source>waiting for the QR code to be scanned</source>
        <translation>en attente du scan du QR code</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="68"/>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="70"/>
        <source>stopped</source>
        <translation>arrêté</translation>
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
        <location filename="../ui/MainWindow.cpp" line="72"/>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="119"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>&amp;About Concierge</source>
        <translation>À &amp;propos de Concierge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>About Concierge</source>
        <translation>À propos de Concierge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>&lt;b&gt;Concierge&lt;/b&gt; %1&lt;br&gt;The parish&apos;s WhatsApp assistant and its supervisor console.</source>
        <translation>&lt;b&gt;Concierge&lt;/b&gt; %1&lt;br&gt;L&apos;assistant WhatsApp de la paroisse et sa console de supervision.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>Show the console</source>
        <translation>Afficher la console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>Concierge — parish supervisor console</source>
        <translation>Concierge — console de supervision de la paroisse</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="170"/>
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
        <location filename="../app/console_main.cpp" line="79"/>
        <source>Restart the server</source>
        <translation>Redémarrer le serveur</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="80"/>
        <source>The settings were saved on the server. Some take effect only after a restart: ask the server&apos;s administrator to restart concierge-server.</source>
        <translation>Les réglages ont été enregistrés sur le serveur. Certains ne prennent effet qu&apos;après un redémarrage : demandez à l&apos;administrateur du serveur de redémarrer concierge-server.</translation>
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

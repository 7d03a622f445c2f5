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
        <location filename="../app/console_main.cpp" line="40"/>
        <location filename="../app/console_main.cpp" line="49"/>
        <source>Concierge cannot start</source>
        <translation>Concierge ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="41"/>
        <source>A setting is wrong:
%1</source>
        <translation>Un réglage est incorrect :
%1</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="50"/>
        <source>The server could not start:
%1</source>
        <translation>Le serveur n&apos;a pas pu démarrer :
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="33"/>
        <source>Server</source>
        <translation>Serveur</translation>
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
    <name>concierge::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="119"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>&amp;About Concierge</source>
        <translation>&amp;À propos de Concierge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>About Concierge</source>
        <translation>À propos de Concierge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>&lt;b&gt;Concierge&lt;/b&gt; %1&lt;br&gt;The parish&apos;s WhatsApp assistant and its supervisor console.</source>
        <translation>&lt;b&gt;Concierge&lt;/b&gt; %1&lt;br&gt;L&apos;assistant WhatsApp de la paroisse et sa console de supervision.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Show the console</source>
        <translation>Afficher la console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Concierge — parish supervisor console</source>
        <translation>Concierge — console de supervision de la paroisse</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="172"/>
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
        <location filename="../ui/inbox/ConversationPages.cpp" line="27"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="28"/>
        <source>Handoff queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="29"/>
        <source>Follow-ups</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="48"/>
        <source>&amp;Claim</source>
        <translation>&amp;Prendre en charge</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="50"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="53"/>
        <source>&amp;Hand back to the assistant</source>
        <translation>&amp;Rendre à l&apos;assistant</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="55"/>
        <source>C&amp;lose</source>
        <translation>C&amp;lôturer</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="58"/>
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
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="249"/>
        <source>Select a conversation on the left.</source>
        <translation>Sélectionnez une conversation à gauche.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="251"/>
        <source>You are answering: Ctrl+Enter sends. Hand back to the assistant when you are done.</source>
        <translation>Vous répondez : Ctrl+Entrée envoie. Rendez la conversation à l&apos;assistant quand vous avez terminé.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="254"/>
        <source>Someone is answering from the paired phone.</source>
        <translation>Quelqu&apos;un répond depuis le téléphone associé.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="255"/>
        <source>%1 is answering this conversation.</source>
        <translation>%1 répond à cette conversation.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="257"/>
        <source>Claim this conversation to answer.</source>
        <translation>Prenez en charge cette conversation pour répondre.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="329"/>
        <source>The server cannot be reached; check the connection and retry.</source>
        <translation>Le serveur est injoignable ; vérifiez la connexion puis réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="330"/>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé : %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="343"/>
        <source>%1 took this conversation a moment ago.</source>
        <translation>%1 a pris cette conversation il y a un instant.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="345"/>
        <source>This conversation went back to the waiting queue; claim it to answer.</source>
        <translation>Cette conversation est revenue dans la file d&apos;attente ; prenez-la en charge pour répondre.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="347"/>
        <source>The assistant has this conversation again; claim it to answer.</source>
        <translation>L&apos;assistant a repris cette conversation ; prenez-la en charge pour répondre.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="349"/>
        <source>This conversation changed meanwhile; it is shown as it is now.</source>
        <translation>Cette conversation a changé entre-temps ; elle est affichée dans son état actuel.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="357"/>
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
        <location filename="../ui/inbox/ThreadView.cpp" line="52"/>
        <source>Select a conversation on the left.</source>
        <translation>Sélectionnez une conversation à gauche.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="161"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="171"/>
        <source>Service: %1</source>
        <translation>Service : %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="172"/>
        <source>Service: %1 · intent: %2</source>
        <translation>Service : %1 · intention : %2</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="195"/>
        <source>Scroll up for older messages</source>
        <translation>Remontez pour voir les messages plus anciens</translation>
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

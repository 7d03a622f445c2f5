<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console_main.cpp" line="38" />
        <location filename="../app/console_main.cpp" line="47" />
        <source>Concierge cannot start</source>
        <translation>Concierge ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="39" />
        <source>A setting is wrong:
%1</source>
        <translation>Un réglage est incorrect :
%1</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="48" />
        <source>The server could not start:
%1</source>
        <translation>Le serveur n'a pas pu démarrer :
%1</translation>
    </message>
</context>
<context>
    <name>concierge::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="23" />
        <source>Concierge — parish supervisor console</source>
        <translation>Concierge — console de supervision de la paroisse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="31" />
        <source>Live conversations</source>
        <translation>Conversations en direct</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="35" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="35" />
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="35" />
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="45" />
        <source>Server listening on %1</source>
        <translation>Serveur à l'écoute sur %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57" />
        <source>Webhook address for WAHA: &lt;b&gt;%1/api/v1/webhook&lt;/b&gt;</source>
        <translation>Adresse du webhook pour WAHA : &lt;b&gt;%1/api/v1/webhook&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="61" />
        <source>The webhook token (header X-Waha-Token) is in %1</source>
        <translation>Le jeton du webhook (en-tête X-Waha-Token) se trouve dans %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65" />
        <source>Health: checking…</source>
        <translation>État : vérification…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82" />
        <source>Health: &lt;b style='color:#b00020'&gt;server unreachable&lt;/b&gt; (%1)</source>
        <translation>État : &lt;b style='color:#b00020'&gt;serveur injoignable&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94" />
        <source>all systems working</source>
        <translation>tout fonctionne</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95" />
        <source>working, with something missing</source>
        <translation>fonctionne, avec un élément manquant</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95" />
        <source>down</source>
        <translation>en panne</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96" />
        <source>Health: &lt;b style='color:%1'&gt;%2&lt;/b&gt;</source>
        <translation>État : &lt;b style='color:%1'&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101" />
        <source>Database: %1 · Cache: %2 (%3) · WhatsApp (WAHA): %4 · AI model: %5</source>
        <translation>Base de données : %1 · Cache : %2 (%3) · WhatsApp (WAHA) : %4 · Modèle d'IA : %5</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110" />
        <source>working</source>
        <translation>en service</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112" />
        <source>configured</source>
        <translation>configuré</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114" />
        <source>not configured</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116" />
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118" />
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120" />
        <source>waiting for the QR code to be scanned</source>
        <translation>en attente du scan du QR code</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122" />
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124" />
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133" />
        <source>Staff (phone)</source>
        <translation>Secrétariat (téléphone)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135" />
        <source>%1 wrote: %2</source>
        <translation>%1 a écrit : %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135" />
        <source>Parishioner</source>
        <translation>Paroissien</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138" />
        <source>Assistant answers: %1</source>
        <translation>L'assistant répond : %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140" />
        <source>Reply delivered to WhatsApp</source>
        <translation>Réponse remise à WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142" />
        <source>Reply could not be sent: %1</source>
        <translation>La réponse n'a pas pu être envoyée : %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144" />
        <source>Receipt: %1</source>
        <translation>Accusé : %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144" />
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144" />
        <source>delivered</source>
        <translation>distribué</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146" />
        <source>WhatsApp session: %1</source>
        <translation>Session WhatsApp : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="22" />
        <source>Read settings from this .env file.</source>
        <translation>Lire les réglages dans ce fichier .env.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="24" />
        <source>Listen address (HOST).</source>
        <translation>Adresse d'écoute (HOST).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="26" />
        <source>Listen port (PORT).</source>
        <translation>Port d'écoute (PORT).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="29" />
        <source>Folder for the database and generated files (DATA_DIR).</source>
        <translation>Dossier de la base de données et des fichiers générés (DATA_DIR).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="32" />
        <source>Load the built-in demo parish into an empty database (DEMO_DATA).</source>
        <translation>Charger la paroisse de démonstration dans une base vide (DEMO_DATA).</translation>
    </message>
</context>
</TS>
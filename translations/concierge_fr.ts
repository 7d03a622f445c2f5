<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <location filename="../ui/MainWindow.cpp" line="37"/>
        <source>Server</source>
        <translation>Serveur</translation>
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
    <name>concierge::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87"/>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>&amp;About Concierge</source>
        <translation>&amp;À propos de Concierge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>About Concierge</source>
        <translation>À propos de Concierge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>&lt;b&gt;Concierge&lt;/b&gt; %1&lt;br&gt;The parish&apos;s WhatsApp assistant and its supervisor console.</source>
        <translation>&lt;b&gt;Concierge&lt;/b&gt; %1&lt;br&gt;L&apos;assistant WhatsApp de la paroisse et sa console de supervision.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <source>Show the console</source>
        <translation>Afficher la console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>Concierge — parish supervisor console</source>
        <translation>Concierge — console de supervision de la paroisse</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="180"/>
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
        <location filename="../ui/admin/ServicesPage.cpp" line="48"/>
        <source>&lt;b&gt;Services&lt;/b&gt; — what the assistant does and says. Changes apply to the next message, without a restart.</source>
        <translation>&lt;b&gt;Services&lt;/b&gt; — ce que fait et dit l&apos;assistant. Les modifications s&apos;appliquent dès le message suivant, sans redémarrage.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="53"/>
        <source>Only an administrator can change the services: you can read them here.</source>
        <translation>Seul un administrateur peut modifier les services : vous pouvez les consulter ici.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="80"/>
        <source>The assistant offers this service</source>
        <translation>L&apos;assistant propose ce service</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="82"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="85"/>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="92"/>
        <source>The instructions given to the AI model for this service.</source>
        <translation>Les consignes données au modèle d&apos;IA pour ce service.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="93"/>
        <source>Instructions (prompt)</source>
        <translation>Consignes (prompt)</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="99"/>
        <source>Word or phrase</source>
        <translation>Mot ou expression</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="99"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="103"/>
        <source>Words that lead a message to this service when the AI is not used. A higher weight counts more (0.1 to 10); a trailing * matches the start of a word.</source>
        <translation>Mots qui orientent un message vers ce service lorsque l&apos;IA n&apos;est pas utilisée. Un poids plus élevé compte davantage (0,1 à 10) ; un * final correspond au début d&apos;un mot.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="106"/>
        <source>Add a keyword</source>
        <translation>Ajouter un mot-clé</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="107"/>
        <source>Remove the selected keyword</source>
        <translation>Retirer le mot-clé sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="116"/>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="121"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="121"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="121"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="129"/>
        <source>Double-click a text to edit it. Words in {braces} are filled in by the assistant: keep them as they are. An empty English text uses the French one.</source>
        <translation>Double-cliquez sur un texte pour le modifier. Les mots entre {accolades} sont remplis par l&apos;assistant : laissez-les tels quels. Un texte anglais vide reprend le texte français.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="131"/>
        <source>Reply texts</source>
        <translation>Textes des réponses</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="137"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="139"/>
        <source>&amp;Revert</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="197"/>
        <source>Could not load the services: %1</source>
        <translation>Impossible de charger les services : %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="212"/>
        <source>General texts (welcome, menu)</source>
        <translation>Textes généraux (accueil, menu)</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="216"/>
        <location filename="../ui/admin/ServicesPage.cpp" line="352"/>
        <source>%1 (off)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="231"/>
        <location filename="../ui/admin/ServicesPage.cpp" line="401"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="231"/>
        <source>This service has changes that are not saved. Save them now?</source>
        <translation>Ce service comporte des modifications non enregistrées. Voulez-vous les enregistrer maintenant ?</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="333"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="339"/>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="341"/>
        <source>The server cannot be reached: %1</source>
        <translation>Le serveur est injoignable : %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="348"/>
        <source>Saved: the next message uses it.</source>
        <translation>Enregistré : le prochain message en tiendra compte.</translation>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console_main.cpp" line="40"/>
        <location filename="../app/console_main.cpp" line="49"/>
        <source>Concierge cannot start</source>
        <translation>Concierge cannot start</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="41"/>
        <source>A setting is wrong:
%1</source>
        <translation>A setting is wrong:
%1</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="50"/>
        <source>The server could not start:
%1</source>
        <translation>The server could not start:
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="37"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>concierge::ui::AuditPage</name>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="30"/>
        <source>&lt;b&gt;Audit log&lt;/b&gt; — parent codes checked, children&apos;s data shown, certificates, and the changes made from the console. Newest first.</source>
        <translation>&lt;b&gt;Audit log&lt;/b&gt; — parent codes checked, children&apos;s data shown, certificates, and the changes made from the console. Newest first.</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="38"/>
        <source>Only this conversation (e.g. 221771234567@c.us)</source>
        <translation>Only this conversation (e.g. 221771234567@c.us)</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="41"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="47"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="47"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="47"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="47"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="47"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="69"/>
        <source>Parent code verified</source>
        <translation>Parent code verified</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="70"/>
        <source>Wrong parent code</source>
        <translation>Wrong parent code</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="71"/>
        <source>Code checks locked</source>
        <translation>Code checks locked</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="72"/>
        <source>Child&apos;s data shown</source>
        <translation>Child&apos;s data shown</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="73"/>
        <source>Certificate issued</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="74"/>
        <source>Certificate refused</source>
        <translation>Certificate refused</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="75"/>
        <source>Certificate left to the office</source>
        <translation>Certificate left to the office</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="76"/>
        <source>Service changed</source>
        <translation>Service changed</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="77"/>
        <source>Knowledge base entry added</source>
        <translation>Knowledge base entry added</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="78"/>
        <source>Knowledge base entry changed</source>
        <translation>Knowledge base entry changed</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="79"/>
        <source>Knowledge base entry deleted</source>
        <translation>Knowledge base entry deleted</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="80"/>
        <source>Registry viewed</source>
        <translation>Registry viewed</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="81"/>
        <source>CSV file imported</source>
        <translation>CSV file imported</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="95"/>
        <source>Could not load the audit log: %1</source>
        <translation>Could not load the audit log: %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="110"/>
        <source>The newest %1 entries</source>
        <translation>The newest %1 entries</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/AuditPage.cpp" line="111"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concierge::ui::ConnectionLabel</name>
    <message>
        <location filename="../ui/panels/ConnectionLabel.cpp" line="8"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConnectionLabel.cpp" line="16"/>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConnectionLabel.cpp" line="16"/>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;Disconnected&lt;/b&gt;, retrying…</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;Disconnected&lt;/b&gt;, retrying…</translation>
    </message>
</context>
<context>
    <name>concierge::ui::CsvImport</name>
    <message>
        <location filename="../ui/admin/CsvImport.cpp" line="34"/>
        <source>Import a CSV file</source>
        <translation>Import a CSV file</translation>
    </message>
    <message>
        <location filename="../ui/admin/CsvImport.cpp" line="34"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/admin/CsvImport.cpp" line="47"/>
        <location filename="../ui/admin/CsvImport.cpp" line="58"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/admin/CsvImport.cpp" line="49"/>
        <source>%1 is larger than 1 MB: split it into smaller files.</source>
        <translation>%1 is larger than 1 MB: split it into smaller files.</translation>
    </message>
    <message>
        <location filename="../ui/admin/CsvImport.cpp" line="50"/>
        <source>Cannot read %1: %2. Check the file and try again.</source>
        <translation>Cannot read %1: %2. Check the file and try again.</translation>
    </message>
    <message>
        <location filename="../ui/admin/CsvImport.cpp" line="59"/>
        <source>%1 was not imported: %2
Nothing was changed. Fix the file (UTF-8 CSV with the expected columns) and import it again.</source>
        <translation>%1 was not imported: %2
Nothing was changed. Fix the file (UTF-8 CSV with the expected columns) and import it again.</translation>
    </message>
    <message>
        <location filename="../ui/admin/CsvImport.cpp" line="74"/>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/CsvImport.cpp" line="79"/>
        <source>%1 (%2): %n row(s) imported</source>
        <translation>
            <numerusform>%1 (%2): %n row imported</numerusform>
            <numerusform>%1 (%2): %n rows imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/CsvImport.cpp" line="80"/>
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n row rejected</numerusform>
            <numerusform>%n rows rejected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/CsvImport.cpp" line="88"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../ui/admin/CsvImport.cpp" line="88"/>
        <source>Why it was rejected</source>
        <translation>Why it was rejected</translation>
    </message>
    <message>
        <location filename="../ui/admin/CsvImport.cpp" line="101"/>
        <source>The rejected lines changed nothing: correct them and import the file again.</source>
        <translation>The rejected lines changed nothing: correct them and import the file again.</translation>
    </message>
</context>
<context>
    <name>concierge::ui::EventLogModel</name>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="32"/>
        <source>Staff (phone)</source>
        <translation>Staff (phone)</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="33"/>
        <source>%1 wrote: %2</source>
        <translation>%1 wrote: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="33"/>
        <source>Parishioner</source>
        <translation>Parishioner</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="36"/>
        <source>Assistant answers: %1</source>
        <translation>Assistant answers: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="37"/>
        <source>Reply delivered to WhatsApp</source>
        <translation>Reply delivered to WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="39"/>
        <source>Reply could not be sent: %1</source>
        <translation>Reply could not be sent: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="41"/>
        <source>Receipt: %1</source>
        <translation>Receipt: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="42"/>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="42"/>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="44"/>
        <source>WhatsApp session: %1</source>
        <translation>WhatsApp session: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="48"/>
        <source>Asks for a person (%1). %2</source>
        <translation>Asks for a person (%1). %2</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="52"/>
        <source>No answer from %1: back in the queue</source>
        <translation>No answer from %1: back in the queue</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="53"/>
        <source>Reminder: %1 has not answered yet</source>
        <translation>Reminder: %1 has not answered yet</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="57"/>
        <source>Follow-up done: %1</source>
        <translation>Follow-up done: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="57"/>
        <source>Follow-up to do: %1</source>
        <translation>Follow-up to do: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="60"/>
        <source>Too many wrong parent codes: code checks refused until %1</source>
        <translation>Too many wrong parent codes: code checks refused until %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="64"/>
        <source>Server health: %1</source>
        <translation>Server health: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="72"/>
        <source>Waiting for a person</source>
        <translation>Waiting for a person</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="74"/>
        <source>Taken over by %1</source>
        <translation>Taken over by %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="75"/>
        <source>Back with the assistant</source>
        <translation>Back with the assistant</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="106"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="107"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/models/EventLogModel.cpp" line="108"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
</context>
<context>
    <name>concierge::ui::EventLogPanel</name>
    <message>
        <location filename="../ui/panels/EventLogPanel.cpp" line="13"/>
        <source>Live conversations</source>
        <translation>Live conversations</translation>
    </message>
</context>
<context>
    <name>concierge::ui::FaqDialog</name>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="22"/>
        <source>Edit a knowledge base entry</source>
        <translation>Edit a knowledge base entry</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="22"/>
        <source>New knowledge base entry</source>
        <translation>New knowledge base entry</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="27"/>
        <source>What parents ask, e.g. &quot;What time is Sunday Mass?&quot;</source>
        <translation>What parents ask, e.g. &quot;What time is Sunday Mass?&quot;</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="28"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="31"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="37"/>
        <source>Words that help find this entry, separated by commas</source>
        <translation>Words that help find this entry, separated by commas</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="38"/>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="40"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="41"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="42"/>
        <source>Wolof</source>
        <translation>Wolof</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="44"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="69"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../ui/admin/FaqDialog.cpp" line="76"/>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
</context>
<context>
    <name>concierge::ui::HealthPanel</name>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="15"/>
        <source>Health: checking…</source>
        <translation>Health: checking…</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="27"/>
        <source>Health: &lt;b style=&apos;color:#b00020&apos;&gt;server unreachable&lt;/b&gt; (%1)</source>
        <translation>Health: &lt;b style=&apos;color:#b00020&apos;&gt;server unreachable&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="36"/>
        <source>all systems working</source>
        <translation>all systems working</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="37"/>
        <source>working, with something missing</source>
        <translation>working, with something missing</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="38"/>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="39"/>
        <source>Health: &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</source>
        <translation>Health: &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="46"/>
        <source>Database: %1 · Cache: %2 (%3) · WhatsApp (WAHA): %4 · AI model: %5</source>
        <translation>Database: %1 · Cache: %2 (%3) · WhatsApp (WAHA): %4 · AI model: %5</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="56"/>
        <source>working</source>
        <translation>working</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="58"/>
        <source>configured</source>
        <translation>configured</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="60"/>
        <source>not configured</source>
        <translation>not configured</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="62"/>
        <source>degraded</source>
        <translation>degraded</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="64"/>
        <source>unreachable</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="66"/>
        <source>waiting for the QR code to be scanned</source>
        <translation>waiting for the QR code to be scanned</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="68"/>
        <source>starting</source>
        <translation>starting</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="70"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
</context>
<context>
    <name>concierge::ui::KnowledgePage</name>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="40"/>
        <source>&lt;b&gt;Knowledge base&lt;/b&gt; — the questions and answers the assistant answers from.</source>
        <translation>&lt;b&gt;Knowledge base&lt;/b&gt; — the questions and answers the assistant answers from.</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="51"/>
        <source>Search questions, answers and keywords</source>
        <translation>Search questions, answers and keywords</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="54"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="56"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="58"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="60"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="67"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="68"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="69"/>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="70"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/KnowledgePage.cpp" line="101"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="105"/>
        <source>Could not load the knowledge base: %1</source>
        <translation>Could not load the knowledge base: %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="111"/>
        <source>The knowledge base comes from Baserow: edit it in Baserow, the assistant follows.</source>
        <translation>The knowledge base comes from Baserow: edit it in Baserow, the assistant follows.</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="113"/>
        <source>Only an administrator can change the knowledge base.</source>
        <translation>Only an administrator can change the knowledge base.</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="160"/>
        <location filename="../ui/admin/KnowledgePage.cpp" line="172"/>
        <source>Delete an entry</source>
        <translation>Delete an entry</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="161"/>
        <source>Delete this entry? The assistant will no longer answer with it.

%1</source>
        <translation>Delete this entry? The assistant will no longer answer with it.

%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/KnowledgePage.cpp" line="173"/>
        <source>The entry was not deleted: %1</source>
        <translation>The entry was not deleted: %1</translation>
    </message>
</context>
<context>
    <name>concierge::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87"/>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>Try it</source>
        <translation>Try it</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>&amp;About Concierge</source>
        <translation>&amp;About Concierge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>About Concierge</source>
        <translation>About Concierge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>&lt;b&gt;Concierge&lt;/b&gt; %1&lt;br&gt;The parish&apos;s WhatsApp assistant and its supervisor console.</source>
        <translation>&lt;b&gt;Concierge&lt;/b&gt; %1&lt;br&gt;The parish&apos;s WhatsApp assistant and its supervisor console.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <source>Show the console</source>
        <translation>Show the console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>Concierge — parish supervisor console</source>
        <translation>Concierge — parish supervisor console</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>%n conversation(s) waiting for a person</source>
        <translation>
            <numerusform>%n conversation waiting for a person</numerusform>
            <numerusform>%n conversations waiting for a person</numerusform>
        </translation>
    </message>
    <message>
        <source>Server listening on %1</source>
        <translation type="vanished">Server listening on %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="vanished">Server</translation>
    </message>
</context>
<context>
    <name>concierge::ui::RegistryPage</name>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="58"/>
        <source>&lt;b&gt;Registry&lt;/b&gt; — the catechism&apos;s families and pupils. Children&apos;s data: every view is recorded in the audit log.</source>
        <translation>&lt;b&gt;Registry&lt;/b&gt; — the catechism&apos;s families and pupils. Children&apos;s data: every view is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="64"/>
        <source>Only an administrator can see the registry.</source>
        <translation>Only an administrator can see the registry.</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="83"/>
        <source>&lt;b&gt;Parents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Parents&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="85"/>
        <source>Search by code, name, phone or e-mail</source>
        <translation>Search by code, name, phone or e-mail</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="89"/>
        <source>Import parents (CSV)…</source>
        <translation>Import parents (CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="94"/>
        <location filename="../ui/admin/RegistryPage.cpp" line="138"/>
        <source>Parent code</source>
        <translation>Parent code</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="95"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="96"/>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <translation>Could not load: %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="123"/>
        <source>&lt;b&gt;Pupils&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pupils&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="124"/>
        <source>Search by pupil, name or parent code</source>
        <translation>Search by pupil, name or parent code</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="127"/>
        <source>All families</source>
        <translation>All families</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="130"/>
        <source>Import pupils (CSV)…</source>
        <translation>Import pupils (CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="135"/>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="136"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="137"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="139"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="140"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="141"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="142"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="148"/>
        <source>Sacrament</source>
        <translation>Sacrament</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/RegistryPage.cpp" line="155"/>
        <source>%n pupil(s)</source>
        <translation>
            <numerusform>%n pupil</numerusform>
            <numerusform>%n pupils</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/RegistryPage.cpp" line="156"/>
        <source>%1 in family %2</source>
        <translation>%1 in family %2</translation>
    </message>
</context>
<context>
    <name>concierge::ui::ServerInfoPanel</name>
    <message>
        <location filename="../ui/panels/ServerInfoPanel.cpp" line="14"/>
        <source>Webhook address for WAHA: &lt;b&gt;%1/api/v1/webhook&lt;/b&gt;</source>
        <translation>Webhook address for WAHA: &lt;b&gt;%1/api/v1/webhook&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/ServerInfoPanel.cpp" line="20"/>
        <source>The webhook token (header X-Waha-Token) is in %1</source>
        <translation>The webhook token (header X-Waha-Token) is in %1</translation>
    </message>
</context>
<context>
    <name>concierge::ui::ServicesPage</name>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="48"/>
        <source>&lt;b&gt;Services&lt;/b&gt; — what the assistant does and says. Changes apply to the next message, without a restart.</source>
        <translation>&lt;b&gt;Services&lt;/b&gt; — what the assistant does and says. Changes apply to the next message, without a restart.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="53"/>
        <source>Only an administrator can change the services: you can read them here.</source>
        <translation>Only an administrator can change the services: you can read them here.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="80"/>
        <source>The assistant offers this service</source>
        <translation>The assistant offers this service</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="82"/>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="85"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="92"/>
        <source>The instructions given to the AI model for this service.</source>
        <translation>The instructions given to the AI model for this service.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="93"/>
        <source>Instructions (prompt)</source>
        <translation>Instructions (prompt)</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="99"/>
        <source>Word or phrase</source>
        <translation>Word or phrase</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="99"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="103"/>
        <source>Words that lead a message to this service when the AI is not used. A higher weight counts more (0.1 to 10); a trailing * matches the start of a word.</source>
        <translation>Words that lead a message to this service when the AI is not used. A higher weight counts more (0.1 to 10); a trailing * matches the start of a word.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="106"/>
        <source>Add a keyword</source>
        <translation>Add a keyword</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="107"/>
        <source>Remove the selected keyword</source>
        <translation>Remove the selected keyword</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="116"/>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="121"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="121"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="121"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="129"/>
        <source>Double-click a text to edit it. Words in {braces} are filled in by the assistant: keep them as they are. An empty English text uses the French one.</source>
        <translation>Double-click a text to edit it. Words in {braces} are filled in by the assistant: keep them as they are. An empty English text uses the French one.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="131"/>
        <source>Reply texts</source>
        <translation>Reply texts</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="137"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="139"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="197"/>
        <source>Could not load the services: %1</source>
        <translation>Could not load the services: %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="212"/>
        <source>General texts (welcome, menu)</source>
        <translation>General texts (welcome, menu)</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="216"/>
        <location filename="../ui/admin/ServicesPage.cpp" line="352"/>
        <source>%1 (off)</source>
        <translation>%1 (off)</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="231"/>
        <location filename="../ui/admin/ServicesPage.cpp" line="401"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="231"/>
        <source>This service has changes that are not saved. Save them now?</source>
        <translation>This service has changes that are not saved. Save them now?</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="333"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="339"/>
        <source>Not saved.</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="341"/>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="348"/>
        <source>Saved: the next message uses it.</source>
        <translation>Saved: the next message uses it.</translation>
    </message>
</context>
<context>
    <name>concierge::ui::SimulatorPage</name>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="34"/>
        <source>&lt;b&gt;Try it&lt;/b&gt; — write as a parent would and see what the assistant answers. Nothing is sent on WhatsApp: test a change here before parents see it.</source>
        <translation>&lt;b&gt;Try it&lt;/b&gt; — write as a parent would and see what the assistant answers. Nothing is sent on WhatsApp: test a change here before parents see it.</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="41"/>
        <source>The conversation appears here.</source>
        <translation>The conversation appears here.</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="52"/>
        <source>Optional: a conversation&apos;s number (221771234567@c.us) to answer in its context</source>
        <translation>Optional: a conversation&apos;s number (221771234567@c.us) to answer in its context</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="53"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="56"/>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="57"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="58"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="59"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="65"/>
        <source>Write a message as a parent would (Ctrl+Enter to send)</source>
        <translation>Write a message as a parent would (Ctrl+Enter to send)</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="68"/>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="72"/>
        <source>Clear the conversation</source>
        <translation>Clear the conversation</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="93"/>
        <source>The assistant is thinking…</source>
        <translation>The assistant is thinking…</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="97"/>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="98"/>
        <source>No answer: %1</source>
        <translation>No answer: %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="111"/>
        <source>Service: %1 · intent: %2 · language: %3 · confidence: %4 · decided by: %5 · %6 ms</source>
        <translation>Service: %1 · intent: %2 · language: %3 · confidence: %4 · decided by: %5 · %6 ms</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="112"/>
        <location filename="../ui/admin/SimulatorPage.cpp" line="113"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="115"/>
        <source>the AI</source>
        <translation>the AI</translation>
    </message>
    <message>
        <location filename="../ui/admin/SimulatorPage.cpp" line="115"/>
        <source>the offline router</source>
        <translation>the offline router</translation>
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
        <translation>Read settings from this .env file.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="24"/>
        <source>Listen address (HOST).</source>
        <translation>Listen address (HOST).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="26"/>
        <source>Listen port (PORT).</source>
        <translation>Listen port (PORT).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="30"/>
        <source>Folder for the database and generated files (DATA_DIR).</source>
        <translation>Folder for the database and generated files (DATA_DIR).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="34"/>
        <source>Load the built-in demo parish into an empty database (DEMO_DATA).</source>
        <translation>Load the built-in demo parish into an empty database (DEMO_DATA).</translation>
    </message>
</context>
</TS>

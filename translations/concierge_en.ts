<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Conversations</name>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="53"/>
        <source>WhatsApp group</source>
        <translation>WhatsApp group</translation>
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
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="88"/>
        <source>Waiting for a person</source>
        <translation>Waiting for a person</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="92"/>
        <source>With you</source>
        <translation>With you</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="94"/>
        <source>Answered from the phone</source>
        <translation>Answered from the phone</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="95"/>
        <source>With %1</source>
        <translation>With %1</translation>
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
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="116"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="145"/>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="147"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="149"/>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="151"/>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationFormat.cpp" line="153"/>
        <source>not sent</source>
        <translation>not sent</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console_main.cpp" line="135"/>
        <location filename="../app/console_main.cpp" line="170"/>
        <source>Concierge cannot start</source>
        <translation>Concierge cannot start</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="171"/>
        <source>A setting is wrong:
%1</source>
        <translation>A setting is wrong:
%1</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="136"/>
        <source>The server could not start:
%1</source>
        <translation>The server could not start:
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="46"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>ReplyTextLabels</name>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="19"/>
        <source>Name of the service in this language</source>
        <translation>Name of the service in this language</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="20"/>
        <source>Welcome, in reply to a greeting</source>
        <translation>Welcome, in reply to a greeting</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="21"/>
        <source>Menu of the services</source>
        <translation>Menu of the services</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="22"/>
        <source>Message not understood</source>
        <translation>Message not understood</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="23"/>
        <source>Reply to thanks</source>
        <translation>Reply to thanks</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="24"/>
        <source>Message received, answer to follow</source>
        <translation>Message received, answer to follow</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="25"/>
        <source>Technical problem</source>
        <translation>Technical problem</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="26"/>
        <source>No answer found</source>
        <translation>No answer found</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="27"/>
        <source>Too many messages in a short time</source>
        <translation>Too many messages in a short time</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="28"/>
        <source>Service switched off</source>
        <translation>Service switched off</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="29"/>
        <source>Asking for the question</source>
        <translation>Asking for the question</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="30"/>
        <source>Before an answer from the knowledge base</source>
        <translation>Before an answer from the knowledge base</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="31"/>
        <source>Waiting for the next step</source>
        <translation>Waiting for the next step</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="32"/>
        <source>Asking for the parent code</source>
        <translation>Asking for the parent code</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="33"/>
        <source>No parent code in the message</source>
        <translation>No parent code in the message</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="34"/>
        <source>Parent code not recognised</source>
        <translation>Parent code not recognised</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="35"/>
        <source>Code checks locked after wrong codes</source>
        <translation>Code checks locked after wrong codes</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="36"/>
        <source>Code checks unavailable for a moment</source>
        <translation>Code checks unavailable for a moment</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="37"/>
        <source>Code verified, no child linked</source>
        <translation>Code verified, no child linked</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="38"/>
        <source>Code verified, choosing the child</source>
        <translation>Code verified, choosing the child</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="39"/>
        <source>Child not recognised</source>
        <translation>Child not recognised</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="40"/>
        <source>The child&apos;s catechism record</source>
        <translation>The child&apos;s catechism record</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="41"/>
        <source>The child&apos;s attendance</source>
        <translation>The child&apos;s attendance</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="42"/>
        <source>Certificate ready, with its link</source>
        <translation>Certificate ready, with its link</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="43"/>
        <source>Certificate sent as a PDF</source>
        <translation>Certificate sent as a PDF</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="44"/>
        <source>Certificate ready, sent by the office</source>
        <translation>Certificate ready, sent by the office</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="45"/>
        <source>Certificate request passed to the office</source>
        <translation>Certificate request passed to the office</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="46"/>
        <source>Certificate not possible for this record</source>
        <translation>Certificate not possible for this record</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="47"/>
        <source>Record status word: enrolled</source>
        <translation>Record status word: enrolled</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="48"/>
        <source>Record status word: completed</source>
        <translation>Record status word: completed</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="49"/>
        <source>Record status word: suspended</source>
        <translation>Record status word: suspended</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="50"/>
        <source>Waiting for a person, office open</source>
        <translation>Waiting for a person, office open</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="51"/>
        <source>Waiting for a person, office closed</source>
        <translation>Waiting for a person, office closed</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="52"/>
        <source>Urgent request, office open</source>
        <translation>Urgent request, office open</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="53"/>
        <source>Urgent request, office closed</source>
        <translation>Urgent request, office closed</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="54"/>
        <source>Nobody answered in time: callback promised</source>
        <translation>Nobody answered in time: callback promised</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReplyTextLabels.cpp" line="55"/>
        <source>Conversation handed back to the assistant</source>
        <translation>Conversation handed back to the assistant</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="13"/>
        <source>WAHA address</source>
        <translation>WAHA address</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="14"/>
        <source>WAHA API key</source>
        <translation>WAHA API key</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="15"/>
        <source>WhatsApp session name</source>
        <translation>WhatsApp session name</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="16"/>
        <source>Webhook HMAC key</source>
        <translation>Webhook HMAC key</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="17"/>
        <source>AI service address</source>
        <translation>AI service address</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="18"/>
        <source>AI model</source>
        <translation>AI model</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="19"/>
        <source>AI token (Bearer)</source>
        <translation>AI token (Bearer)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="20"/>
        <source>AI API key</source>
        <translation>AI API key</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="21"/>
        <source>AI time limit (seconds)</source>
        <translation>AI time limit (seconds)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="22"/>
        <source>Baserow address</source>
        <translation>Baserow address</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="23"/>
        <source>Baserow token</source>
        <translation>Baserow token</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="24"/>
        <source>FAQ table id</source>
        <translation>FAQ table id</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="25"/>
        <source>Parents table id</source>
        <translation>Parents table id</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="26"/>
        <source>Pupils table id</source>
        <translation>Pupils table id</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="27"/>
        <source>Parish name</source>
        <translation>Parish name</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="28"/>
        <source>Parish logo (PNG or JPEG file)</source>
        <translation>Parish logo (PNG or JPEG file)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="29"/>
        <source>Public address of the server</source>
        <translation>Public address of the server</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="30"/>
        <source>Load the demo parish into an empty database</source>
        <translation>Load the demo parish into an empty database</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="31"/>
        <source>Office hours</source>
        <translation>Office hours</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="32"/>
        <source>Closed days</source>
        <translation>Closed days</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="33"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="34"/>
        <source>Minutes before a call-back is planned</source>
        <translation>Minutes before a call-back is planned</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="35"/>
        <source>Minutes before reminding a silent agent</source>
        <translation>Minutes before reminding a silent agent</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="36"/>
        <source>Minutes before returning to the queue</source>
        <translation>Minutes before returning to the queue</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="37"/>
        <source>Listen address</source>
        <translation>Listen address</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="38"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="39"/>
        <source>Log level</source>
        <translation>Log level</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="40"/>
        <source>Minutes before a conversation starts afresh</source>
        <translation>Minutes before a conversation starts afresh</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="41"/>
        <source>Days message texts are kept (0: for ever)</source>
        <translation>Days message texts are kept (0: for ever)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="42"/>
        <source>Messages per person per minute</source>
        <translation>Messages per person per minute</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="44"/>
        <source>Seconds before another server takes over a stopped one&apos;s chats</source>
        <translation>Seconds before another server takes over a stopped one&apos;s chats</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="45"/>
        <source>Console sign-in lifetime (minutes)</source>
        <translation>Console sign-in lifetime (minutes)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="46"/>
        <source>Redis address</source>
        <translation>Redis address</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="47"/>
        <source>Write to disk before answering (full: survives a power cut)</source>
        <translation>Write to disk before answering (full: survives a power cut)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="51"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="52"/>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="53"/>
        <source>Baserow</source>
        <translation>Baserow</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="54"/>
        <source>Parish</source>
        <translation>Parish</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="55"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="56"/>
        <source>Server</source>
        <translation>Server</translation>
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
        <translation>The server was not restarted</translation>
    </message>
    <message>
        <location filename="../app/EmbeddedRestart.cpp" line="58"/>
        <source>A setting is wrong: %1
Correct it in the settings, then save again.</source>
        <translation>A setting is wrong: %1
Correct it in the settings, then save again.</translation>
    </message>
    <message>
        <location filename="../app/EmbeddedRestart.cpp" line="65"/>
        <source>Restarting the server with the new settings…</source>
        <translation>Restarting the server with the new settings…</translation>
    </message>
    <message>
        <location filename="../app/EmbeddedRestart.cpp" line="67"/>
        <source>Concierge</source>
        <translation>Concierge</translation>
    </message>
    <message>
        <location filename="../app/EmbeddedRestart.cpp" line="89"/>
        <source>The server did not restart</source>
        <translation>The server did not restart</translation>
    </message>
    <message>
        <location filename="../app/EmbeddedRestart.cpp" line="90"/>
        <source>The server could not start again: %1
Correct the settings and save them again, or quit and start Concierge again.</source>
        <translation>The server could not start again: %1
Correct the settings and save them again, or quit and start Concierge again.</translation>
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
    <name>concierge::ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="32"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="40"/>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="41"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="59"/>
        <source>messages received</source>
        <translation>messages received</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="60"/>
        <source>replies sent</source>
        <translation>replies sent</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="61"/>
        <source>median reply time</source>
        <translation>median reply time</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="62"/>
        <source>reply time, 9 in 10 under</source>
        <translation>reply time, 9 in 10 under</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="63"/>
        <source>answered by the assistant</source>
        <translation>answered by the assistant</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="64"/>
        <source>waiting for a person</source>
        <translation>waiting for a person</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="65"/>
        <source>AI calls</source>
        <translation>AI calls</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="66"/>
        <source>AI tokens (in / out)</source>
        <translation>AI tokens (in / out)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="70"/>
        <source>Messages per hour</source>
        <translation>Messages per hour</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="76"/>
        <source>Who answered</source>
        <translation>Who answered</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="125"/>
        <source>Figures unavailable: %1</source>
        <translation>Figures unavailable: %1</translation>
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
        <translation>Updated at %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="175"/>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="178"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="219"/>
        <source>assistant (%1)</source>
        <translation>assistant (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="221"/>
        <source>people (%1)</source>
        <translation>people (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="223"/>
        <source>not yet answered (%1)</source>
        <translation>not yet answered (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="225"/>
        <source>no message yet</source>
        <translation>no message yet</translation>
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
    <name>concierge::ui::FirstRunWizard</name>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="44"/>
        <source>Welcome to Concierge</source>
        <translation>Welcome to Concierge</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="52"/>
        <source>Save and finish</source>
        <translation>Save and finish</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="58"/>
        <source>Your parish</source>
        <translation>Your parish</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="59"/>
        <source>A few questions to put the WhatsApp assistant to work. Everything can be changed later in Tools &gt; Settings.</source>
        <translation>A few questions to put the WhatsApp assistant to work. Everything can be changed later in Tools &gt; Settings.</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="63"/>
        <source>Parish name</source>
        <translation>Parish name</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="70"/>
        <source>WhatsApp (WAHA)</source>
        <translation>WhatsApp (WAHA)</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="71"/>
        <source>WAHA links the parish&apos;s WhatsApp number to Concierge. Leave the address empty to set it up later: replies will wait until then.</source>
        <translation>WAHA links the parish&apos;s WhatsApp number to Concierge. Leave the address empty to set it up later: replies will wait until then.</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="76"/>
        <source>WAHA address</source>
        <translation>WAHA address</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="79"/>
        <source>WAHA API key</source>
        <translation>WAHA API key</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="80"/>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="117"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="97"/>
        <source>The AI model</source>
        <translation>The AI model</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="98"/>
        <source>With an AI token the assistant writes its answers; without one, it answers from keywords and the FAQ, which works too.</source>
        <translation>With an AI token the assistant writes its answers; without one, it answers from keywords and the FAQ, which works too.</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="102"/>
        <source>AI service address</source>
        <translation>AI service address</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="105"/>
        <source>AI model</source>
        <translation>AI model</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="108"/>
        <source>AI token</source>
        <translation>AI token</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="109"/>
        <source>Continue without AI</source>
        <translation>Continue without AI</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="134"/>
        <source>Demo parish</source>
        <translation>Demo parish</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="135"/>
        <source>Fictional families, pupils and questions, to try the console before the parish&apos;s own registry is imported. They are loaded only into an empty database.</source>
        <translation>Fictional families, pupils and questions, to try the console before the parish&apos;s own registry is imported. They are loaded only into an empty database.</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="138"/>
        <source>Load the demo parish</source>
        <translation>Load the demo parish</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="154"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="164"/>
        <source>To keep</source>
        <translation>To keep</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="167"/>
        <source>Give WAHA this webhook address and token.</source>
        <translation>Give WAHA this webhook address and token.</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="168"/>
        <source>Give WAHA this webhook address and token. Keep the administrator&apos;s password somewhere safe: it is shown only now.</source>
        <translation>Give WAHA this webhook address and token. Keep the administrator&apos;s password somewhere safe: it is shown only now.</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="172"/>
        <source>Webhook URL</source>
        <translation>Webhook URL</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="177"/>
        <source>Other addresses</source>
        <translation>Other addresses</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="178"/>
        <source>Webhook token (X-Waha-Token)</source>
        <translation>Webhook token (X-Waha-Token)</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="180"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="183"/>
        <source>Administrator&apos;s password</source>
        <translation>Administrator&apos;s password</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="194"/>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="230"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="236"/>
        <source>Not saved: %1. Go back, correct it, and finish again.</source>
        <translation>Not saved: %1. Go back, correct it, and finish again.</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="252"/>
        <source>Saved, but the first run could not be closed: %1. Finish again.</source>
        <translation>Saved, but the first run could not be closed: %1. Finish again.</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="273"/>
        <source>Restart the server?</source>
        <translation>Restart the server?</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="274"/>
        <source>The server restarts to use the new settings. Restart it now?</source>
        <translation>The server restarts to use the new settings. Restart it now?</translation>
    </message>
</context>
<context>
    <name>concierge::ui::HealthBar</name>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="28"/>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="28"/>
        <source>WhatsApp session &apos;%1&apos; is connected.</source>
        <translation>WhatsApp session &apos;%1&apos; is connected.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="30"/>
        <location filename="../ui/health/HealthBar.cpp" line="50"/>
        <source>not configured</source>
        <translation>not configured</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="31"/>
        <source>WAHA is not configured: replies wait in the outbox. Set the WAHA address in Tools &gt; Settings.</source>
        <translation>WAHA is not configured: replies wait in the outbox. Set the WAHA address in Tools &gt; Settings.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="34"/>
        <source>scan the QR code</source>
        <translation>scan the QR code</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="35"/>
        <source>WhatsApp waits for the parish&apos;s phone to scan the QR code.</source>
        <translation>WhatsApp waits for the parish&apos;s phone to scan the QR code.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="37"/>
        <source>starting</source>
        <translation>starting</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="37"/>
        <source>The WhatsApp session is starting.</source>
        <translation>The WhatsApp session is starting.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="39"/>
        <source>unreachable</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="40"/>
        <source>WAHA does not answer: %1</source>
        <translation>WAHA does not answer: %1</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="41"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="42"/>
        <source>The WhatsApp session is %1: restart it in WAHA.</source>
        <translation>The WhatsApp session is %1: restart it in WAHA.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="49"/>
        <source>The AI model %1 writes the answers.</source>
        <translation>The AI model %1 writes the answers.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="51"/>
        <source>No AI model: the offline router answers from keywords and the FAQ.</source>
        <translation>No AI model: the offline router answers from keywords and the FAQ.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="64"/>
        <source>in memory</source>
        <translation>in memory</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="73"/>
        <source>Working (%1).</source>
        <translation>Working (%1).</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="75"/>
        <source>degraded</source>
        <translation>degraded</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="76"/>
        <source>The cache is unavailable; the server works without it, more slowly.</source>
        <translation>The cache is unavailable; the server works without it, more slowly.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="77"/>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="78"/>
        <source>The database does not answer: messages cannot be recorded.</source>
        <translation>The database does not answer: messages cannot be recorded.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="107"/>
        <source>Show the WhatsApp QR code…</source>
        <translation>Show the WhatsApp QR code…</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="115"/>
        <source>checking…</source>
        <translation>checking…</translation>
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
        <translation>AI</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="154"/>
        <location filename="../ui/health/HealthBar.cpp" line="167"/>
        <source>Database</source>
        <translation>Database</translation>
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
        <translation>Health: checking…</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="27"/>
        <source>Health: &lt;b style=&apos;color:#b00020&apos;&gt;server unreachable&lt;/b&gt; (%1)</source>
        <translation>Health: &lt;b style=&apos;color:#b00020&apos;&gt;server unreachable&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="42"/>
        <source>all systems working</source>
        <translation>all systems working</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="43"/>
        <source>working, with something missing</source>
        <translation>working, with something missing</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="44"/>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="45"/>
        <source>Health: &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</source>
        <translation>Health: &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="52"/>
        <source>Database: %1 · Cache: %2 (%3) · WhatsApp (WAHA): %4 · AI model: %5</source>
        <translation>Database: %1 · Cache: %2 (%3) · WhatsApp (WAHA): %4 · AI model: %5</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="62"/>
        <source>working</source>
        <translation>working</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="64"/>
        <source>configured</source>
        <translation>configured</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="66"/>
        <source>not configured</source>
        <translation>not configured</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="68"/>
        <source>degraded</source>
        <translation>degraded</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="70"/>
        <source>unreachable</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="72"/>
        <source>waiting for the QR code to be scanned</source>
        <translation>waiting for the QR code to be scanned</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="74"/>
        <source>starting</source>
        <translation>starting</translation>
    </message>
    <message>
        <location filename="../ui/panels/HealthPanel.cpp" line="76"/>
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
    <name>concierge::ui::LoginDialog</name>
    <message>
        <location filename="../ui/login/LoginDialog.cpp" line="19"/>
        <source>Concierge — log in</source>
        <translation>Concierge — log in</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginDialog.cpp" line="29"/>
        <source>Log in to the Concierge server at %1.</source>
        <translation>Log in to the Concierge server at %1.</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginDialog.cpp" line="32"/>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginDialog.cpp" line="33"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginDialog.cpp" line="36"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginDialog.cpp" line="39"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginDialog.cpp" line="93"/>
        <source>Enter your username and password.</source>
        <translation>Enter your username and password.</translation>
    </message>
</context>
<context>
    <name>concierge::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="99"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>Try it</source>
        <translation>Try it</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>Stay to save them, or close the console and lose them.</source>
        <translation>Stay to save them, or close the console and lose them.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>&amp;About Concierge</source>
        <translation>&amp;About Concierge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182"/>
        <source>About Concierge</source>
        <translation>About Concierge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>&lt;b&gt;Concierge&lt;/b&gt; %1&lt;br&gt;The parish&apos;s WhatsApp assistant and its supervisor console.</source>
        <translation>&lt;b&gt;Concierge&lt;/b&gt; %1&lt;br&gt;The parish&apos;s WhatsApp assistant and its supervisor console.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>Show the console</source>
        <translation>Show the console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Concierge — parish supervisor console</source>
        <translation>Concierge — parish supervisor console</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="228"/>
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
    <message>
        <location filename="../ui/settings/SettingsMenu.cpp" line="16"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="84"/>
        <source>Restart the server</source>
        <translation>Restart the server</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="85"/>
        <source>The settings were saved on the server. Some take effect only after a restart: ask the server&apos;s administrator to restart concierge-server.</source>
        <translation>The settings were saved on the server. Some take effect only after a restart: ask the server&apos;s administrator to restart concierge-server.</translation>
    </message>
</context>
<context>
    <name>concierge::ui::QrCodeDialog</name>
    <message>
        <location filename="../ui/health/QrCodeDialog.cpp" line="17"/>
        <source>Connect WhatsApp</source>
        <translation>Connect WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/health/QrCodeDialog.cpp" line="19"/>
        <source>On the parish&apos;s phone, open WhatsApp &gt; Settings &gt; Linked devices &gt; Link a device, then scan this code.</source>
        <translation>On the parish&apos;s phone, open WhatsApp &gt; Settings &gt; Linked devices &gt; Link a device, then scan this code.</translation>
    </message>
    <message>
        <location filename="../ui/health/QrCodeDialog.cpp" line="29"/>
        <source>Asking WhatsApp for a code…</source>
        <translation>Asking WhatsApp for a code…</translation>
    </message>
    <message>
        <location filename="../ui/health/QrCodeDialog.cpp" line="46"/>
        <source>WhatsApp is connected. You may close this window.</source>
        <translation>WhatsApp is connected. You may close this window.</translation>
    </message>
    <message>
        <location filename="../ui/health/QrCodeDialog.cpp" line="57"/>
        <source>WhatsApp is not waiting for a scan any more.</source>
        <translation>WhatsApp is not waiting for a scan any more.</translation>
    </message>
    <message>
        <location filename="../ui/health/QrCodeDialog.cpp" line="58"/>
        <source>No code: %1</source>
        <translation>No code: %1</translation>
    </message>
    <message>
        <location filename="../ui/health/QrCodeDialog.cpp" line="64"/>
        <source>The code changes every 20 seconds; this window follows it.</source>
        <translation>The code changes every 20 seconds; this window follows it.</translation>
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
    <name>concierge::ui::RemoteLogin</name>
    <message>
        <location filename="../ui/login/RemoteLogin.cpp" line="37"/>
        <source>Wrong username or password. Check them and try again.</source>
        <translation>Wrong username or password. Check them and try again.</translation>
    </message>
    <message>
        <location filename="../ui/login/RemoteLogin.cpp" line="39"/>
        <source>This account is disabled. Ask the parish administrator to enable it again.</source>
        <translation>This account is disabled. Ask the parish administrator to enable it again.</translation>
    </message>
    <message>
        <location filename="../ui/login/RemoteLogin.cpp" line="41"/>
        <source>The server %1 cannot be reached (%2). Check that concierge-server runs there and that this PC is on the network, then press Retry.</source>
        <translation>The server %1 cannot be reached (%2). Check that concierge-server runs there and that this PC is on the network, then press Retry.</translation>
    </message>
    <message>
        <location filename="../ui/login/RemoteLogin.cpp" line="44"/>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>Too many attempts. Wait a minute, then try again.</translation>
    </message>
    <message>
        <location filename="../ui/login/RemoteLogin.cpp" line="47"/>
        <source>The server refused the login (%1). Check the server address %2.</source>
        <translation>The server refused the login (%1). Check the server address %2.</translation>
    </message>
    <message>
        <location filename="../ui/login/RemoteLogin.cpp" line="94"/>
        <source>Your session has ended. Log in again.</source>
        <translation>Your session has ended. Log in again.</translation>
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
        <location filename="../ui/admin/ServicesPage.cpp" line="49"/>
        <source>&lt;b&gt;Services&lt;/b&gt; — what the assistant does and says. Changes apply to the next message, without a restart.</source>
        <translation>&lt;b&gt;Services&lt;/b&gt; — what the assistant does and says. Changes apply to the next message, without a restart.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="54"/>
        <source>Only an administrator can change the services: you can read them here.</source>
        <translation>Only an administrator can change the services: you can read them here.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="81"/>
        <source>The assistant offers this service</source>
        <translation>The assistant offers this service</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="83"/>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="86"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="93"/>
        <source>The instructions given to the AI model for this service.</source>
        <translation>The instructions given to the AI model for this service.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="94"/>
        <source>Instructions (prompt)</source>
        <translation>Instructions (prompt)</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="100"/>
        <source>Word or phrase</source>
        <translation>Word or phrase</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="100"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="105"/>
        <source>Words that lead a message to this service when the AI is not used. A higher weight counts more (0.1 to 10); a trailing * matches the start of a word.</source>
        <translation>Words that lead a message to this service when the AI is not used. A higher weight counts more (0.1 to 10); a trailing * matches the start of a word.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="108"/>
        <source>Add a keyword</source>
        <translation>Add a keyword</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="109"/>
        <source>Remove the selected keyword</source>
        <translation>Remove the selected keyword</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="118"/>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="123"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="123"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="123"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="133"/>
        <source>Double-click a text to edit it. Words in {braces} are filled in by the assistant: keep them as they are. An empty English text uses the French one.</source>
        <translation>Double-click a text to edit it. Words in {braces} are filled in by the assistant: keep them as they are. An empty English text uses the French one.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="135"/>
        <source>Reply texts</source>
        <translation>Reply texts</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="141"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="143"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="201"/>
        <source>Could not load the services: %1</source>
        <translation>Could not load the services: %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="216"/>
        <source>General texts (welcome, menu)</source>
        <translation>General texts (welcome, menu)</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="220"/>
        <location filename="../ui/admin/ServicesPage.cpp" line="366"/>
        <source>%1 (off)</source>
        <translation>%1 (off)</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="233"/>
        <source>The changes to the service &quot;%1&quot; are not saved.</source>
        <translation>The changes to the service &quot;%1&quot; are not saved.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="241"/>
        <location filename="../ui/admin/ServicesPage.cpp" line="415"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="241"/>
        <source>This service has changes that are not saved. Save them now?</source>
        <translation>This service has changes that are not saved. Save them now?</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="347"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="353"/>
        <source>Not saved.</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="355"/>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/ServicesPage.cpp" line="362"/>
        <source>Saved: the next message uses it.</source>
        <translation>Saved: the next message uses it.</translation>
    </message>
</context>
<context>
    <name>concierge::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="48"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="53"/>
        <source>Loading the server&apos;s settings…</source>
        <translation>Loading the server&apos;s settings…</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="78"/>
        <source>Only an administrator may change the settings.</source>
        <translation>Only an administrator may change the settings.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="79"/>
        <source>The settings could not be loaded: %1. Close and try again.</source>
        <translation>The settings could not be loaded: %1. Close and try again.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="83"/>
        <source>Saved to %1 on the server.</source>
        <translation>Saved to %1 on the server.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="133"/>
        <source> (saved, after a restart)</source>
        <translation> (saved, after a restart)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="137"/>
        <source>Also set in the server&apos;s environment, which wins over a saved value.</source>
        <translation>Also set in the server&apos;s environment, which wins over a saved value.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="174"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="175"/>
        <source>set — type to replace</source>
        <translation>set — type to replace</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="176"/>
        <source>set, ends with …%1 — type to replace</source>
        <translation>set, ends with …%1 — type to replace</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="183"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="185"/>
        <source>Show what you typed</source>
        <translation>Show what you typed</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="210"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="218"/>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="243"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="247"/>
        <source>Console language</source>
        <translation>Console language</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="248"/>
        <source>Kept on this computer; applies the next time the console starts.</source>
        <translation>Kept on this computer; applies the next time the console starts.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="285"/>
        <source>Correct the field marked in red, then save again.</source>
        <translation>Correct the field marked in red, then save again.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="299"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="325"/>
        <source>Restart the server?</source>
        <translation>Restart the server?</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="326"/>
        <source>Saved. These settings take effect when the server restarts: %1.

Restart it now? Conversations in progress resume after the restart.</source>
        <translation>Saved. These settings take effect when the server restarts: %1.

Restart it now? Conversations in progress resume after the restart.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="331"/>
        <source>Restart now</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="332"/>
        <source>Later</source>
        <translation>Later</translation>
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
    <name>concierge::ui::inbox::ContactDataActions</name>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="24"/>
        <source>E&amp;xport contact data…</source>
        <translation>E&amp;xport contact data…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="25"/>
        <source>&amp;Erase contact data…</source>
        <translation>&amp;Erase contact data…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="52"/>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="67"/>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="74"/>
        <source>Export contact data</source>
        <translation>Export contact data</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="52"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="68"/>
        <source>The contact&apos;s data could not be exported: %1</source>
        <translation>The contact&apos;s data could not be exported: %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="75"/>
        <source>Cannot write %1: %2. Choose another folder and try again.</source>
        <translation>Cannot write %1: %2. Choose another folder and try again.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="91"/>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="113"/>
        <source>Erase contact data</source>
        <translation>Erase contact data</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="92"/>
        <source>Erase everything held about %1?</source>
        <translation>Erase everything held about %1?</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="94"/>
        <source>Their messages, sessions, handoffs and follow-ups are deleted for good. This cannot be undone. Certificates and the audit log are kept; the audit log records the erasure.</source>
        <translation>Their messages, sessions, handoffs and follow-ups are deleted for good. This cannot be undone. Certificates and the audit log are kept; the audit log records the erasure.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="97"/>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ContactDataActions.cpp" line="114"/>
        <source>The contact&apos;s data was not erased: %1</source>
        <translation>The contact&apos;s data was not erased: %1</translation>
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
        <translation>Handoff queue</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="30"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="49"/>
        <source>&amp;Claim</source>
        <translation>&amp;Claim</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="51"/>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="54"/>
        <source>&amp;Hand back to the assistant</source>
        <translation>&amp;Hand back to the assistant</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="56"/>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="59"/>
        <source>&amp;Next waiting conversation</source>
        <translation>&amp;Next waiting conversation</translation>
    </message>
</context>
<context>
    <name>concierge::ui::inbox::ConversationPanel</name>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="63"/>
        <source>Search a name, a number or a message</source>
        <translation>Search a name, a number or a message</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="70"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="71"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="72"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="73"/>
        <source>With agents</source>
        <translation>With agents</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="74"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="118"/>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="120"/>
        <source>Take this conversation: the assistant stops answering (Ctrl+T)</source>
        <translation>Take this conversation: the assistant stops answering (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="121"/>
        <source>Hand back to the assistant</source>
        <translation>Hand back to the assistant</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="123"/>
        <source>The assistant answers again; the contact is told (Ctrl+Shift+R)</source>
        <translation>The assistant answers again; the contact is told (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="124"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="126"/>
        <source>Done: back to the assistant without a message to the contact (Ctrl+Shift+W)</source>
        <translation>Done: back to the assistant without a message to the contact (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="155"/>
        <source>Write your answer…</source>
        <translation>Write your answer…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="157"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="159"/>
        <source>Send to the contact on WhatsApp (Ctrl+Enter)</source>
        <translation>Send to the contact on WhatsApp (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/ConversationPanel.cpp" line="249"/>
        <source>%n reply(s) typed but not sent.</source>
        <translation>
            <numerusform>%n reply typed but not sent.</numerusform>
            <numerusform>%n replies typed but not sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="266"/>
        <source>Select a conversation on the left.</source>
        <translation>Select a conversation on the left.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="268"/>
        <source>You are answering: Ctrl+Enter sends. Hand back to the assistant when you are done.</source>
        <translation>You are answering: Ctrl+Enter sends. Hand back to the assistant when you are done.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="271"/>
        <source>Someone is answering from the paired phone.</source>
        <translation>Someone is answering from the paired phone.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="272"/>
        <source>%1 is answering this conversation.</source>
        <translation>%1 is answering this conversation.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="274"/>
        <source>Claim this conversation to answer.</source>
        <translation>Claim this conversation to answer.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="349"/>
        <source>The server cannot be reached; check the connection and retry.</source>
        <translation>The server cannot be reached; check the connection and retry.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="350"/>
        <source>The server refused: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="363"/>
        <source>%1 took this conversation a moment ago.</source>
        <translation>%1 took this conversation a moment ago.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="365"/>
        <source>This conversation went back to the waiting queue; claim it to answer.</source>
        <translation>This conversation went back to the waiting queue; claim it to answer.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="367"/>
        <source>The assistant has this conversation again; claim it to answer.</source>
        <translation>The assistant has this conversation again; claim it to answer.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="369"/>
        <source>This conversation changed meanwhile; it is shown as it is now.</source>
        <translation>This conversation changed meanwhile; it is shown as it is now.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="377"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>concierge::ui::inbox::FollowupsPanel</name>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="36"/>
        <source>The agent stopped answering; nobody took it over in time</source>
        <translation>The agent stopped answering; nobody took it over in time</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="37"/>
        <source>Asked for a person; nobody could answer in time</source>
        <translation>Asked for a person; nobody could answer in time</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="53"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="53"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="53"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="53"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="53"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="66"/>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="68"/>
        <source>Open the conversation</source>
        <translation>Open the conversation</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="69"/>
        <source>Show done ones</source>
        <translation>Show done ones</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="116"/>
        <source>The follow-ups could not be loaded: %1</source>
        <translation>The follow-ups could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="138"/>
        <source>No call-back to make.</source>
        <translation>No call-back to make.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="138"/>
        <source>%n call-back(s) to make.</source>
        <translation>
            <numerusform>%n call-back to make.</numerusform>
            <numerusform>%n call-backs to make.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="159"/>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="163"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="163"/>
        <source>Done by %1</source>
        <translation>Done by %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="163"/>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FollowupsPanel.cpp" line="197"/>
        <source>Could not mark it done: %1</source>
        <translation>Could not mark it done: %1</translation>
    </message>
</context>
<context>
    <name>concierge::ui::inbox::HandoffAlert</name>
    <message>
        <location filename="../ui/inbox/HandoffAlert.cpp" line="21"/>
        <source>Still waiting for a person</source>
        <translation>Still waiting for a person</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/HandoffAlert.cpp" line="22"/>
        <source>%n conversation(s) waiting for a person in the queue.</source>
        <translation>
            <numerusform>%n conversation waiting for a person in the queue.</numerusform>
            <numerusform>%n conversations waiting for a person in the queue.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffAlert.cpp" line="45"/>
        <source>Urgent: %1 asks for a person</source>
        <translation>Urgent: %1 asks for a person</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffAlert.cpp" line="45"/>
        <source>%1 asks for a person</source>
        <translation>%1 asks for a person</translation>
    </message>
</context>
<context>
    <name>concierge::ui::inbox::HandoffQueuePanel</name>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="30"/>
        <source>Answered from the phone</source>
        <translation>Answered from the phone</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="32"/>
        <source>Back in the queue: the agent was silent</source>
        <translation>Back in the queue: the agent was silent</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="33"/>
        <source>Asked for a person</source>
        <translation>Asked for a person</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="50"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="50"/>
        <source>Waiting / agent</source>
        <translation>Waiting / agent</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="50"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="60"/>
        <source>Claim and answer</source>
        <translation>Claim and answer</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="62"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="64"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="216"/>
        <source>Waiting for %1</source>
        <translation>Waiting for %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="222"/>
        <source>URGENT</source>
        <translation>URGENT</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="244"/>
        <source>Waiting for a person (%1)</source>
        <translation>Waiting for a person (%1)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="245"/>
        <source>Being answered by an agent (%1)</source>
        <translation>Being answered by an agent (%1)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="263"/>
        <source>Nobody is waiting for a person.</source>
        <translation>Nobody is waiting for a person.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="264"/>
        <source>%n conversation(s) waiting for a person.</source>
        <translation>
            <numerusform>%n conversation waiting for a person.</numerusform>
            <numerusform>%n conversations waiting for a person.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inbox/HandoffQueuePanel.cpp" line="283"/>
        <source>Could not claim: %1</source>
        <translation>Could not claim: %1</translation>
    </message>
</context>
<context>
    <name>concierge::ui::inbox::ThreadView</name>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="20"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="22"/>
        <source>Catechism</source>
        <translation>Catechism</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="24"/>
        <source>Talk to someone</source>
        <translation>Talk to someone</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="71"/>
        <source>Select a conversation on the left.</source>
        <translation>Select a conversation on the left.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="180"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="188"/>
        <source>Service: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="189"/>
        <source>Service: %1 · intent: %2</source>
        <translation>Service: %1 · intent: %2</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="214"/>
        <source>Scroll up for older messages</source>
        <translation>Scroll up for older messages</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="23"/>
        <source>Read settings from this .env file.</source>
        <translation>Read settings from this .env file.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="25"/>
        <source>Listen address (HOST).</source>
        <translation>Listen address (HOST).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="27"/>
        <source>Listen port (PORT).</source>
        <translation>Listen port (PORT).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="31"/>
        <source>Folder for the database and generated files (DATA_DIR).</source>
        <translation>Folder for the database and generated files (DATA_DIR).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="35"/>
        <source>Load the built-in demo parish into an empty database (DEMO_DATA).</source>
        <translation>Load the built-in demo parish into an empty database (DEMO_DATA).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="39"/>
        <source>Open the console on the concierge-server at this URL (no server here).</source>
        <translation>Open the console on the concierge-server at this URL (no server here).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="42"/>
        <source>Username for --connect (pre-fills the login).</source>
        <translation>Username for --connect (pre-fills the login).</translation>
    </message>
    <message>
        <location filename="../app/PortConflict.cpp" line="40"/>
        <source>Port %1 is busy</source>
        <translation>Port %1 is busy</translation>
    </message>
    <message>
        <location filename="../app/PortConflict.cpp" line="45"/>
        <source>A Concierge server already runs on this PC at %1 (another data folder, or concierge-server). Open the console on it? You will be asked to log in.</source>
        <translation>A Concierge server already runs on this PC at %1 (another data folder, or concierge-server). Open the console on it? You will be asked to log in.</translation>
    </message>
    <message>
        <location filename="../app/PortConflict.cpp" line="49"/>
        <source>Connect to it</source>
        <translation>Connect to it</translation>
    </message>
    <message>
        <location filename="../app/PortConflict.cpp" line="51"/>
        <source>Another program uses port %1, so the server cannot start. Close that program, or set another PORT in the settings file (.env) or start with --port. You may also start on a free port this time (WhatsApp&apos;s webhook will not reach it).</source>
        <translation>Another program uses port %1, so the server cannot start. Close that program, or set another PORT in the settings file (.env) or start with --port. You may also start on a free port this time (WhatsApp&apos;s webhook will not reach it).</translation>
    </message>
    <message>
        <location filename="../app/PortConflict.cpp" line="57"/>
        <source>Use a free port this time</source>
        <translation>Use a free port this time</translation>
    </message>
    <message>
        <location filename="../app/PortConflict.cpp" line="59"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console_main.cpp" line="44"/>
        <location filename="../app/console_main.cpp" line="53"/>
        <source>Concierge cannot start</source>
        <translation>Concierge cannot start</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="45"/>
        <source>A setting is wrong:
%1</source>
        <translation>A setting is wrong:
%1</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="54"/>
        <source>The server could not start:
%1</source>
        <translation>The server could not start:
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="36"/>
        <source>Server</source>
        <translation>Server</translation>
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
        <source>Messages per person per minute</source>
        <translation>Messages per person per minute</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="42"/>
        <source>Console sign-in lifetime (minutes)</source>
        <translation>Console sign-in lifetime (minutes)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="43"/>
        <source>Redis address</source>
        <translation>Redis address</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="47"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="48"/>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="49"/>
        <source>Baserow</source>
        <translation>Baserow</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="50"/>
        <source>Parish</source>
        <translation>Parish</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="51"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsLabels.cpp" line="52"/>
        <source>Server</source>
        <translation>Server</translation>
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
        <location filename="../ui/health/HealthBar.cpp" line="59"/>
        <source>Working (%1).</source>
        <translation>Working (%1).</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="61"/>
        <source>degraded</source>
        <translation>degraded</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="62"/>
        <source>The cache is unavailable; the server works without it, more slowly.</source>
        <translation>The cache is unavailable; the server works without it, more slowly.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="63"/>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="64"/>
        <source>The database does not answer: messages cannot be recorded.</source>
        <translation>The database does not answer: messages cannot be recorded.</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="93"/>
        <source>Show the WhatsApp QR code…</source>
        <translation>Show the WhatsApp QR code…</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="101"/>
        <source>checking…</source>
        <translation>checking…</translation>
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
        <translation>AI</translation>
    </message>
    <message>
        <location filename="../ui/health/HealthBar.cpp" line="140"/>
        <location filename="../ui/health/HealthBar.cpp" line="153"/>
        <source>Database</source>
        <translation>Database</translation>
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
    <name>concierge::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="128"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <source>&amp;About Concierge</source>
        <translation>&amp;About Concierge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>About Concierge</source>
        <translation>About Concierge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>&lt;b&gt;Concierge&lt;/b&gt; %1&lt;br&gt;The parish&apos;s WhatsApp assistant and its supervisor console.</source>
        <translation>&lt;b&gt;Concierge&lt;/b&gt; %1&lt;br&gt;The parish&apos;s WhatsApp assistant and its supervisor console.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>Show the console</source>
        <translation>Show the console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176"/>
        <source>Concierge — parish supervisor console</source>
        <translation>Concierge — parish supervisor console</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="178"/>
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

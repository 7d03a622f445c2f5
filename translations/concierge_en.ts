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
    <name>concierge::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="19"/>
        <source>Concierge — parish supervisor console</source>
        <translation>Concierge — parish supervisor console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="33"/>
        <source>Server listening on %1</source>
        <translation>Server listening on %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="25"/>
        <source>Server</source>
        <translation>Server</translation>
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

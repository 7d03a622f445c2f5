<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console_main.cpp" line="38" />
        <location filename="../app/console_main.cpp" line="47" />
        <source>Concierge cannot start</source>
        <translation>Concierge cannot start</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="39" />
        <source>A setting is wrong:
%1</source>
        <translation>A setting is wrong:
%1</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="48" />
        <source>The server could not start:
%1</source>
        <translation>The server could not start:
%1</translation>
    </message>
</context>
<context>
    <name>concierge::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="23" />
        <source>Concierge — parish supervisor console</source>
        <translation>Concierge — parish supervisor console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="31" />
        <source>Live conversations</source>
        <translation>Live conversations</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="35" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="35" />
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="35" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="45" />
        <source>Server listening on %1</source>
        <translation>Server listening on %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57" />
        <source>Webhook address for WAHA: &lt;b&gt;%1/api/v1/webhook&lt;/b&gt;</source>
        <translation>Webhook address for WAHA: &lt;b&gt;%1/api/v1/webhook&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="61" />
        <source>The webhook token (header X-Waha-Token) is in %1</source>
        <translation>The webhook token (header X-Waha-Token) is in %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65" />
        <source>Health: checking…</source>
        <translation>Health: checking…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82" />
        <source>Health: &lt;b style='color:#b00020'&gt;server unreachable&lt;/b&gt; (%1)</source>
        <translation>Health: &lt;b style='color:#b00020'&gt;server unreachable&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94" />
        <source>all systems working</source>
        <translation>all systems working</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95" />
        <source>working, with something missing</source>
        <translation>working, with something missing</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95" />
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96" />
        <source>Health: &lt;b style='color:%1'&gt;%2&lt;/b&gt;</source>
        <translation>Health: &lt;b style='color:%1'&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101" />
        <source>Database: %1 · Cache: %2 (%3) · WhatsApp (WAHA): %4 · AI model: %5</source>
        <translation>Database: %1 · Cache: %2 (%3) · WhatsApp (WAHA): %4 · AI model: %5</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110" />
        <source>working</source>
        <translation>working</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112" />
        <source>configured</source>
        <translation>configured</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114" />
        <source>not configured</source>
        <translation>not configured</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116" />
        <source>degraded</source>
        <translation>degraded</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118" />
        <source>unreachable</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120" />
        <source>waiting for the QR code to be scanned</source>
        <translation>waiting for the QR code to be scanned</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122" />
        <source>starting</source>
        <translation>starting</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124" />
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133" />
        <source>Staff (phone)</source>
        <translation>Staff (phone)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135" />
        <source>%1 wrote: %2</source>
        <translation>%1 wrote: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135" />
        <source>Parishioner</source>
        <translation>Parishioner</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138" />
        <source>Assistant answers: %1</source>
        <translation>Assistant answers: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140" />
        <source>Reply delivered to WhatsApp</source>
        <translation>Reply delivered to WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142" />
        <source>Reply could not be sent: %1</source>
        <translation>Reply could not be sent: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144" />
        <source>Receipt: %1</source>
        <translation>Receipt: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144" />
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144" />
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146" />
        <source>WhatsApp session: %1</source>
        <translation>WhatsApp session: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="22" />
        <source>Read settings from this .env file.</source>
        <translation>Read settings from this .env file.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="24" />
        <source>Listen address (HOST).</source>
        <translation>Listen address (HOST).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="26" />
        <source>Listen port (PORT).</source>
        <translation>Listen port (PORT).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="29" />
        <source>Folder for the database and generated files (DATA_DIR).</source>
        <translation>Folder for the database and generated files (DATA_DIR).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="32" />
        <source>Load the built-in demo parish into an empty database (DEMO_DATA).</source>
        <translation>Load the built-in demo parish into an empty database (DEMO_DATA).</translation>
    </message>
</context>
</TS>
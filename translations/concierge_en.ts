<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console_main.cpp" line="130"/>
        <location filename="../app/console_main.cpp" line="165"/>
        <source>Concierge cannot start</source>
        <translation>Concierge cannot start</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="166"/>
        <source>A setting is wrong:
%1</source>
        <translation>A setting is wrong:
%1</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="131"/>
        <source>The server could not start:
%1</source>
        <translation>The server could not start:
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="32"/>
        <source>Server</source>
        <translation>Server</translation>
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
        <location filename="../ui/MainWindow.cpp" line="72"/>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="119"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>&amp;About Concierge</source>
        <translation>&amp;About Concierge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>About Concierge</source>
        <translation>About Concierge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>&lt;b&gt;Concierge&lt;/b&gt; %1&lt;br&gt;The parish&apos;s WhatsApp assistant and its supervisor console.</source>
        <translation>&lt;b&gt;Concierge&lt;/b&gt; %1&lt;br&gt;The parish&apos;s WhatsApp assistant and its supervisor console.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>Show the console</source>
        <translation>Show the console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>Concierge — parish supervisor console</source>
        <translation>Concierge — parish supervisor console</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="170"/>
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
        <location filename="../app/console_main.cpp" line="79"/>
        <source>Restart the server</source>
        <translation>Restart the server</translation>
    </message>
    <message>
        <location filename="../app/console_main.cpp" line="80"/>
        <source>The settings were saved on the server. Some take effect only after a restart: ask the server&apos;s administrator to restart concierge-server.</source>
        <translation>The settings were saved on the server. Some take effect only after a restart: ask the server&apos;s administrator to restart concierge-server.</translation>
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

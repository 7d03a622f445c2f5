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
        <location filename="../ui/MainWindow.cpp" line="33"/>
        <source>Server</source>
        <translation>Server</translation>
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
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="119"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>&amp;About Concierge</source>
        <translation>&amp;About Concierge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>About Concierge</source>
        <translation>About Concierge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>&lt;b&gt;Concierge&lt;/b&gt; %1&lt;br&gt;The parish&apos;s WhatsApp assistant and its supervisor console.</source>
        <translation>&lt;b&gt;Concierge&lt;/b&gt; %1&lt;br&gt;The parish&apos;s WhatsApp assistant and its supervisor console.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Show the console</source>
        <translation>Show the console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Concierge — parish supervisor console</source>
        <translation>Concierge — parish supervisor console</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="172"/>
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
        <translation>Handoff queue</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="29"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="48"/>
        <source>&amp;Claim</source>
        <translation>&amp;Claim</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="50"/>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="53"/>
        <source>&amp;Hand back to the assistant</source>
        <translation>&amp;Hand back to the assistant</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="55"/>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPages.cpp" line="58"/>
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
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="249"/>
        <source>Select a conversation on the left.</source>
        <translation>Select a conversation on the left.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="251"/>
        <source>You are answering: Ctrl+Enter sends. Hand back to the assistant when you are done.</source>
        <translation>You are answering: Ctrl+Enter sends. Hand back to the assistant when you are done.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="254"/>
        <source>Someone is answering from the paired phone.</source>
        <translation>Someone is answering from the paired phone.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="255"/>
        <source>%1 is answering this conversation.</source>
        <translation>%1 is answering this conversation.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="257"/>
        <source>Claim this conversation to answer.</source>
        <translation>Claim this conversation to answer.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="329"/>
        <source>The server cannot be reached; check the connection and retry.</source>
        <translation>The server cannot be reached; check the connection and retry.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="330"/>
        <source>The server refused: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="343"/>
        <source>%1 took this conversation a moment ago.</source>
        <translation>%1 took this conversation a moment ago.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="345"/>
        <source>This conversation went back to the waiting queue; claim it to answer.</source>
        <translation>This conversation went back to the waiting queue; claim it to answer.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="347"/>
        <source>The assistant has this conversation again; claim it to answer.</source>
        <translation>The assistant has this conversation again; claim it to answer.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="349"/>
        <source>This conversation changed meanwhile; it is shown as it is now.</source>
        <translation>This conversation changed meanwhile; it is shown as it is now.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationPanel.cpp" line="357"/>
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
        <location filename="../ui/inbox/ThreadView.cpp" line="52"/>
        <source>Select a conversation on the left.</source>
        <translation>Select a conversation on the left.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="161"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="171"/>
        <source>Service: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="172"/>
        <source>Service: %1 · intent: %2</source>
        <translation>Service: %1 · intent: %2</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadView.cpp" line="195"/>
        <source>Scroll up for older messages</source>
        <translation>Scroll up for older messages</translation>
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

#include "panels/ConnectionLabel.h"

#include "client/ConsoleClient.h"

namespace concierge::ui {

ConnectionLabel::ConnectionLabel(ConsoleClient *client, QWidget *parent)
    : QLabel(tr("Connecting…"), parent)
{
    setObjectName(QStringLiteral("connectionState"));
    connect(client, &ConsoleClient::connectionChanged, this, &ConnectionLabel::showConnection);
}

void ConnectionLabel::showConnection(bool connected)
{
    setText(connected ? tr("Connected") : tr("<b style='color:#b00020'>Disconnected</b>, retrying…"));
}

} // namespace concierge::ui

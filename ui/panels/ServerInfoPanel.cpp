#include "panels/ServerInfoPanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace concierge::ui {

ServerInfoPanel::ServerInfoPanel(const ServerInfo &info, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    auto *address =
        new QLabel(tr("Webhook address for WAHA: <b>%1/api/v1/webhook</b>").arg(info.baseUrl.toHtmlEscaped()), this);
    address->setObjectName(QStringLiteral("webhookAddress"));
    address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(address);
    if (!info.webhookTokenFile.isEmpty()) {
        auto *token = new QLabel(
            tr("The webhook token (header X-Waha-Token) is in %1").arg(info.webhookTokenFile.toHtmlEscaped()), this);
        token->setObjectName(QStringLiteral("webhookToken"));
        token->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(token);
    }
}

} // namespace concierge::ui

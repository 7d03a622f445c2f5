#pragma once

#include <QWidget>

namespace concierge::ui {

// What the console shows about the server it talks to.
struct ServerInfo
{
    QString baseUrl;          // e.g. http://127.0.0.1:8000
    QString webhookTokenFile; // where the generated webhook token is, when one was generated
    QString dataDir;
};

// Where WAHA must send its webhooks, and where the generated webhook token is.
class ServerInfoPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerInfoPanel)

public:
    explicit ServerInfoPanel(const ServerInfo &info, QWidget *parent = nullptr);
};

} // namespace concierge::ui

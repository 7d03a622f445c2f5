#pragma once

#include "panels/ServerInfoPanel.h"

#include <QMainWindow>

namespace concierge::ui {

class ConsoleClient;

// The supervisor console's main window: where the server listens, the health of each component, and the messages
// of every conversation as they happen. It only assembles the panels; everything comes through the client.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using ServerInfo = ui::ServerInfo;

    // Takes ownership of the client (configured with its token) and starts it.
    MainWindow(const ServerInfo &info, ConsoleClient *client, QWidget *parent = nullptr);

    ConsoleClient *client() const { return m_client; }

private:
    ConsoleClient *m_client;
};

} // namespace concierge::ui

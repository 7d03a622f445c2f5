#include "MainWindow.h"

#include "client/ConsoleClient.h"
#include "panels/ConnectionLabel.h"
#include "panels/EventLogPanel.h"
#include "panels/HealthPanel.h"

#include <QGroupBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace concierge::ui {

MainWindow::MainWindow(const ServerInfo &info, ConsoleClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
{
    m_client->setParent(this);
    setWindowTitle(tr("Concierge — parish supervisor console"));
    resize(1000, 640);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    setCentralWidget(central);

    auto *serverBox = new QGroupBox(tr("Server"), central);
    serverBox->setObjectName(QStringLiteral("statusPanel"));
    auto *serverLayout = new QVBoxLayout(serverBox);
    serverLayout->addWidget(new ServerInfoPanel(info, serverBox));
    serverLayout->addWidget(new HealthPanel(m_client, serverBox));
    layout->addWidget(serverBox);
    layout->addWidget(new EventLogPanel(m_client, central), 1);

    statusBar()->showMessage(tr("Server listening on %1").arg(info.baseUrl));
    statusBar()->addPermanentWidget(new ConnectionLabel(m_client, this));
    m_client->start();
}

} // namespace concierge::ui

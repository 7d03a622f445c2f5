#include "settings/SettingsMenu.h"

#include "MainWindow.h"
#include "client/ConsoleClient.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QMenu>
#include <QPointer>

namespace concierge::ui {

void installSettingsAction(MainWindow *window)
{
    ConsoleClient *client = window->client();
    QAction *action = window->toolsMenu()->addAction(MainWindow::tr("&Settings…"));
    action->setObjectName(QStringLiteral("settingsAction"));
    action->setMenuRole(QAction::PreferencesRole);
    action->setVisible(client->isAdmin());
    QObject::connect(client, &ConsoleClient::loggedIn, action,
                     [action, client] { action->setVisible(client->isAdmin()); });
    auto dialog = std::make_shared<QPointer<SettingsDialog>>();
    QObject::connect(action, &QAction::triggered, window, [window, client, dialog] {
        if (!*dialog) {
            *dialog = new SettingsDialog(client, window);
            (*dialog)->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(*dialog, &SettingsDialog::restartRequested, window, &MainWindow::serverRestartRequested);
        }
        (*dialog)->show();
        (*dialog)->raise();
    });
}

} // namespace concierge::ui

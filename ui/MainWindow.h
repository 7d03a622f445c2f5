#pragma once

#include "panels/ServerInfoPanel.h"

#include <QMainWindow>

class QListWidget;
class QMenu;
class QStackedWidget;
class QSystemTrayIcon;
class QVBoxLayout;

namespace concierge::ui {

class ConsoleClient;

// The supervisor console's main window: a navigation list of pages on the left (conversations, handoff queue,
// services, ...), the page on the right, a menu bar, and a tray icon. It only assembles; each page is a panel that
// talks to the server through the client.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using ServerInfo = ui::ServerInfo;

    // Takes ownership of the client (configured with its token) and starts it.
    MainWindow(const ServerInfo &info, ConsoleClient *client, QWidget *parent = nullptr);

    ConsoleClient *client() const { return m_client; }
    const ServerInfo &serverInfo() const { return m_info; }

    // Adds a page to the navigation and the View menu (Ctrl+1, Ctrl+2, ... in order). The page's objectName names
    // it (tests and screenshots find it by that name).
    void addPage(QWidget *page, const QString &title, const QIcon &icon = {});
    void showPage(QWidget *page);
    void showPage(const QString &objectName);
    QWidget *currentPage() const;

    // The menus that panels add their actions to.
    QMenu *conversationMenu() const { return m_conversationMenu; }
    QMenu *toolsMenu() const { return m_toolsMenu; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    // The window title is "Concierge — <what>"; a positive count of waiting conversations prefixes it with "(n) "
    // and shows on the tray and taskbar icon.
    void setWaitingCount(int count);
    // A bar above the pages, across the window (the health bar).
    void setTopBar(QWidget *bar);

    // Asks about pages with unsaved edits (see UnsavedWork); false when the user chose to stay.
    bool confirmClosing();

signals:
    // Settings that need a restart were saved: the embedded console restarts its server; a remote one cannot.
    void serverRestartRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void quitIfConfirmed();
    void buildMenus();
    void buildPages();
    void buildTray();
    void updateTitle();

    ServerInfo m_info;
    ConsoleClient *m_client;
    QVBoxLayout *m_centralLayout = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_conversationMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    int m_waiting = 0;
};

} // namespace concierge::ui

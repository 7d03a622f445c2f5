#include "MainWindow.h"

#include "shell/UnsavedWork.h"

#include "admin/AuditPage.h"
#include "admin/KnowledgePage.h"
#include "admin/RegistryPage.h"
#include "admin/ServicesPage.h"
#include "admin/SimulatorPage.h"
#include "client/ConsoleClient.h"
#include "dashboard/DashboardPage.h"
#include "health/HealthBar.h"
#include "inbox/ConversationPages.h"
#include "panels/ConnectionLabel.h"
#include "panels/EventLogPanel.h"
#include "panels/HealthPanel.h"
#include "settings/SettingsMenu.h"
#include "setup/FirstRunWizard.h"
#include "shell/AppIcon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace concierge::ui {

namespace {

// The server's address, its health and every live event as it happens: what staff look at when something seems off.
QWidget *activityPage(const ServerInfo &info, ConsoleClient *client)
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("activityPage"));
    auto *layout = new QVBoxLayout(page);
    auto *serverBox = new QGroupBox(QObject::tr("Server"), page);
    serverBox->setObjectName(QStringLiteral("statusPanel"));
    auto *serverLayout = new QVBoxLayout(serverBox);
    serverLayout->addWidget(new ServerInfoPanel(info, serverBox));
    serverLayout->addWidget(new HealthPanel(client, serverBox));
    layout->addWidget(serverBox);
    layout->addWidget(new EventLogPanel(client, page), 1);
    return page;
}

} // namespace

MainWindow::MainWindow(const ServerInfo &info, ConsoleClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_info(info)
    , m_client(client)
{
    m_client->setParent(this);
    setWindowIcon(appIcon());
    resize(1200, 760);

    auto *central = new QWidget(this);
    m_centralLayout = new QVBoxLayout(central);
    m_centralLayout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(central);
    m_centralLayout->addWidget(splitter, 1);
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMaximumWidth(220);
    m_pages = new QStackedWidget(splitter);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    buildMenus();
    buildTray();
    buildPages();
    m_navigation->setCurrentRow(0);
    updateTitle();

    statusBar()->showMessage(tr("Connected to %1").arg(info.baseUrl));
    statusBar()->addPermanentWidget(new ConnectionLabel(m_client, this));
    m_client->start();
}

// Every page of the console, in the navigation's order. A new page is one line here.
void MainWindow::buildPages()
{
    new inbox::ConversationPages(this); // conversationsPage, handoffPage, followupsPage
    addPage(new DashboardPage(m_client), tr("Dashboard"));
    addPage(new ServicesPage(m_client), tr("Services"));
    addPage(new KnowledgePage(m_client), tr("Knowledge base"));
    addPage(new RegistryPage(m_client), tr("Registry"));
    addPage(new AuditPage(m_client), tr("Audit log"));
    addPage(new SimulatorPage(m_client), tr("Try it"));
    addPage(activityPage(m_info, m_client), tr("Activity"));
    setTopBar(new HealthBar(m_client, this));
    installSettingsAction(this);
    FirstRunWizard::startIfNeeded(this);
}

void MainWindow::addPage(QWidget *page, const QString &title, const QIcon &icon)
{
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, page->objectName());
    const int index = m_pages->count() - 1;
    QAction *show = m_viewMenu->addAction(title, this, [this, page] { showPage(page); });
    if (index < 9)
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
}

void MainWindow::showPage(QWidget *page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

void MainWindow::showPage(const QString &objectName)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->objectName() == objectName)
            m_navigation->setCurrentRow(i);
    }
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

bool MainWindow::confirmClosing()
{
    for (int i = 0; i < m_pages->count(); ++i) {
        const auto *work = dynamic_cast<const UnsavedWork *>(m_pages->widget(i));
        if (!work || !work->hasUnsavedChanges())
            continue;
        showPage(m_pages->widget(i));
        QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"), work->unsavedChangesSummary(),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("Stay to save them, or close the console and lose them."));
        QPushButton *stay = box.addButton(tr("Stay"), QMessageBox::RejectRole);
        box.addButton(tr("Close without saving"), QMessageBox::DestructiveRole);
        box.setDefaultButton(stay);
        box.exec();
        if (box.clickedButton() == stay)
            return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (confirmClosing())
        event->accept();
    else
        event->ignore();
}

void MainWindow::quitIfConfirmed()
{
    if (confirmClosing())
        qApp->quit();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quitIfConfirmed);
    quit->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_conversationMenu = menuBar()->addMenu(tr("&Conversation"));
    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Concierge"), this, [this] {
        QMessageBox::about(this, tr("About Concierge"),
                           tr("<b>Concierge</b> %1<br>The parish's WhatsApp assistant and its supervisor console.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildTray()
{
    m_tray = new QSystemTrayIcon(appIcon(), this);
    auto *menu = new QMenu(this);
    menu->addAction(tr("Show the console"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addAction(tr("Quit"), this, &MainWindow::quitIfConfirmed);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

void MainWindow::setWaitingCount(int count)
{
    if (count == m_waiting)
        return;
    m_waiting = count;
    updateTitle();
    const QIcon icon = appIcon(count);
    setWindowIcon(icon);
    m_tray->setIcon(icon);
}

void MainWindow::setTopBar(QWidget *bar)
{
    m_centralLayout->insertWidget(0, bar);
}

void MainWindow::updateTitle()
{
    const QString title = tr("Concierge — parish supervisor console");
    setWindowTitle(m_waiting > 0 ? QStringLiteral("(%1) %2").arg(m_waiting).arg(title) : title);
    m_tray->setToolTip(m_waiting > 0 ? tr("%n conversation(s) waiting for a person", nullptr, m_waiting) : title);
}

} // namespace concierge::ui

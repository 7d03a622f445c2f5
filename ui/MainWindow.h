#pragma once

#include <QJsonObject>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QTimer>

class QLabel;
class QTableWidget;

namespace concierge::ui {

// The supervisor console's main window: where the server listens, the health of each component, and the messages
// of every conversation as they happen.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct ServerInfo
    {
        QString baseUrl;          // e.g. http://127.0.0.1:8000
        QString webhookTokenFile; // where the generated webhook token is, when one was generated
        QString dataDir;
    };

    explicit MainWindow(ServerInfo info, QWidget *parent = nullptr);

    // A live event of the server (copied across threads).
    void addLiveEvent(const QString &type, const QJsonObject &data, qint64 atMs);
    int eventRowCount() const;

private:
    void buildStatusPanel();
    void refreshHealth();
    void showHealth(const QJsonObject &health);
    QString describeState(const QString &state) const;
    QString describeEvent(const QString &type, const QJsonObject &data) const;

    ServerInfo m_info;
    QNetworkAccessManager m_network;
    QTimer m_healthTimer;
    QLabel *m_overall = nullptr;
    QLabel *m_components = nullptr;
    QTableWidget *m_events = nullptr;
};

} // namespace concierge::ui

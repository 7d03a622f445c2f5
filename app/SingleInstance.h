#pragma once

#include <QObject>

class QLocalServer;

namespace concierge::app {

// One console per data folder on this PC: the first `concierge` listens on a local socket named after its data
// folder; a second one started on the same folder asks it to show its window and exits instead of failing on the
// busy port.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The local socket's name: derived from the data folder's absolute path and the user.
    static QString socketName(const QString &dataDir);
    // True when a console already runs on this data folder; it was asked to raise its window. Waits at most
    // timeoutMs, at start-up, before any window exists.
    bool activateRunning(int timeoutMs = 1000);
    // Becomes the running console: later instances reach it (activationRequested). False if the name is taken.
    bool listen();

signals:
    // Another `concierge` was started on this data folder: show the window.
    void activationRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace concierge::app

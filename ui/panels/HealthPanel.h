#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;

namespace concierge::ui {

class ConsoleClient;

// The server's overall health and that of each component, as the client last heard it from /health.
class HealthPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthPanel)

public:
    explicit HealthPanel(ConsoleClient *client, QWidget *parent = nullptr);

private:
    void showHealth(const QJsonObject &health);
    void showUnreachable(const QString &reason);
    QString describeState(const QString &state) const;

    QLabel *m_overall = nullptr;
    QLabel *m_components = nullptr;
};

} // namespace concierge::ui

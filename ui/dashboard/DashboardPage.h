#pragma once

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QChart;
class QComboBox;
class QLabel;

namespace concierge::live {
struct LiveEvent;
}

namespace concierge::ui {

class ConsoleClient;

// The dashboard: messages per hour, reply times, the share answered by the assistant and by people, handoffs
// waiting, LLM calls and tokens (GET /api/v1/stats), with charts. Refreshed every minute and shortly after
// messages come and go; the request is asynchronous, the page never waits on it.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    static constexpr int kRefreshMs = 60'000;
    static constexpr int kEventDelayMs = 1500; // a burst of events gives one request

    explicit DashboardPage(ConsoleClient *client, QWidget *parent = nullptr);
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLabel *addFigure(const QString &objectName, const QString &title, int row, int column);
    void onEvent(const live::LiveEvent &event);
    void show(const QJsonObject &stats);
    void showVolumes(const QJsonObject &stats);
    void showShares(const QJsonObject &stats);
    static QString duration(const QJsonValue &ms);

    ConsoleClient *m_client;
    QComboBox *m_period = nullptr;
    QLabel *m_updated = nullptr;
    QHash<QString, QLabel *> m_figures;
    QChart *m_volumeChart = nullptr;
    QChart *m_shareChart = nullptr;
    QTimer m_timer;
    QTimer m_soon;
    bool m_loading = false;
};

} // namespace concierge::ui

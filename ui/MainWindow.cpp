#include "MainWindow.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkReply>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace concierge::ui {

namespace {
constexpr int kMaxEventRows = 500;
}

MainWindow::MainWindow(ServerInfo info, QWidget *parent)
    : QMainWindow(parent)
    , m_info(std::move(info))
{
    setWindowTitle(tr("Concierge — parish supervisor console"));
    resize(1000, 640);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    setCentralWidget(central);
    buildStatusPanel();
    layout->addWidget(findChild<QGroupBox *>(QStringLiteral("statusPanel")));

    auto *eventsBox = new QGroupBox(tr("Live conversations"), central);
    auto *eventsLayout = new QVBoxLayout(eventsBox);
    m_events = new QTableWidget(0, 3, eventsBox);
    m_events->setObjectName(QStringLiteral("events"));
    m_events->setHorizontalHeaderLabels({tr("Time"), tr("Conversation"), tr("Event")});
    m_events->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_events->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_events->verticalHeader()->hide();
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->setWordWrap(true);
    eventsLayout->addWidget(m_events);
    layout->addWidget(eventsBox, 1);

    statusBar()->showMessage(tr("Server listening on %1").arg(m_info.baseUrl));
    m_healthTimer.setInterval(5000);
    connect(&m_healthTimer, &QTimer::timeout, this, &MainWindow::refreshHealth);
    m_healthTimer.start();
    refreshHealth();
}

void MainWindow::buildStatusPanel()
{
    auto *box = new QGroupBox(tr("Server"), this);
    box->setObjectName(QStringLiteral("statusPanel"));
    auto *layout = new QVBoxLayout(box);
    auto *address =
        new QLabel(tr("Webhook address for WAHA: <b>%1/api/v1/webhook</b>").arg(m_info.baseUrl.toHtmlEscaped()), box);
    address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(address);
    if (!m_info.webhookTokenFile.isEmpty()) {
        auto *token = new QLabel(
            tr("The webhook token (header X-Waha-Token) is in %1").arg(m_info.webhookTokenFile.toHtmlEscaped()), box);
        token->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(token);
    }
    m_overall = new QLabel(tr("Health: checking…"), box);
    m_overall->setObjectName(QStringLiteral("overallHealth"));
    m_components = new QLabel(box);
    m_components->setObjectName(QStringLiteral("componentHealth"));
    layout->addWidget(m_overall);
    layout->addWidget(m_components);
}

void MainWindow::refreshHealth()
{
    QNetworkRequest request(QUrl(m_info.baseUrl + QStringLiteral("/health")));
    request.setTransferTimeout(4000);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QJsonObject health = QJsonDocument::fromJson(reply->readAll()).object();
        if (health.isEmpty()) {
            m_overall->setText(tr("Health: <b style='color:#b00020'>server unreachable</b> (%1)")
                                   .arg(reply->errorString().toHtmlEscaped()));
            return;
        }
        showHealth(health);
    });
}

void MainWindow::showHealth(const QJsonObject &health)
{
    const QString status = health.value(QLatin1String("status")).toString();
    const QString color = status == QLatin1String("ok")         ? QStringLiteral("#1b7f3b")
                          : status == QLatin1String("degraded") ? QStringLiteral("#b36b00")
                                                                : QStringLiteral("#b00020");
    const QString label = status == QLatin1String("ok")         ? tr("all systems working")
                          : status == QLatin1String("degraded") ? tr("working, with something missing")
                                                                : tr("down");
    m_overall->setText(tr("Health: <b style='color:%1'>%2</b>").arg(color, label));
    const QJsonObject components = health.value(QLatin1String("components")).toObject();
    const auto statusOf = [&](const char *name) {
        return describeState(
            components.value(QLatin1String(name)).toObject().value(QLatin1String("status")).toString());
    };
    m_components->setText(
        tr("Database: %1 · Cache: %2 (%3) · WhatsApp (WAHA): %4 · AI model: %5")
            .arg(statusOf("database"), statusOf("cache"),
                 components.value(QLatin1String("cache")).toObject().value(QLatin1String("backend")).toString(),
                 statusOf("waha"), statusOf("llm")));
}

QString MainWindow::describeState(const QString &state) const
{
    if (state == QLatin1String("ok") || state == QLatin1String("WORKING"))
        return tr("working");
    if (state == QLatin1String("configured"))
        return tr("configured");
    if (state == QLatin1String("not_configured"))
        return tr("not configured");
    if (state == QLatin1String("degraded"))
        return tr("degraded");
    if (state == QLatin1String("down") || state == QLatin1String("unreachable"))
        return tr("unreachable");
    if (state == QLatin1String("SCAN_QR_CODE"))
        return tr("waiting for the QR code to be scanned");
    if (state == QLatin1String("STARTING"))
        return tr("starting");
    if (state == QLatin1String("STOPPED") || state == QLatin1String("FAILED"))
        return tr("stopped");
    return state;
}

QString MainWindow::describeEvent(const QString &type, const QJsonObject &data) const
{
    const QString text = data.value(QLatin1String("text")).toString();
    if (type == QLatin1String("message.received")) {
        const QString who = data.value(QLatin1String("author")).toString() == QLatin1String("staff")
                                ? tr("Staff (phone)")
                                : data.value(QLatin1String("push_name")).toString();
        return tr("%1 wrote: %2").arg(who.isEmpty() ? tr("Parishioner") : who, text);
    }
    if (type == QLatin1String("message.queued"))
        return tr("Assistant answers: %1").arg(text);
    if (type == QLatin1String("message.sent"))
        return tr("Reply delivered to WhatsApp");
    if (type == QLatin1String("message.failed"))
        return tr("Reply could not be sent: %1").arg(data.value(QLatin1String("error")).toString());
    if (type == QLatin1String("message.ack"))
        return tr("Receipt: %1").arg(data.value(QLatin1String("ack")).toInt() >= 3 ? tr("read") : tr("delivered"));
    if (type == QLatin1String("session.status"))
        return tr("WhatsApp session: %1").arg(data.value(QLatin1String("status")).toString());
    return type;
}

void MainWindow::addLiveEvent(const QString &type, const QJsonObject &data, qint64 atMs)
{
    if (type == QLatin1String("session.status"))
        refreshHealth();
    const int row = m_events->rowCount();
    m_events->insertRow(row);
    m_events->setItem(row, 0,
                      new QTableWidgetItem(QDateTime::fromMSecsSinceEpoch(atMs).toString(QStringLiteral("HH:mm:ss"))));
    m_events->setItem(row, 1, new QTableWidgetItem(data.value(QLatin1String("chat_id")).toString()));
    m_events->setItem(row, 2, new QTableWidgetItem(describeEvent(type, data)));
    while (m_events->rowCount() > kMaxEventRows)
        m_events->removeRow(0);
    m_events->scrollToBottom();
}

int MainWindow::eventRowCount() const
{
    return m_events->rowCount();
}

} // namespace concierge::ui

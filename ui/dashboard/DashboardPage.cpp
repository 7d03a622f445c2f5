#include "dashboard/DashboardPage.h"

#include "client/ConsoleClient.h"
#include "events/LiveEvent.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QVBoxLayout>
#include <QValueAxis>

namespace concierge::ui {

DashboardPage::DashboardPage(ConsoleClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Dashboard").toHtmlEscaped()), this);
    header->addWidget(title);
    header->addStretch(1);
    m_updated = new QLabel(this);
    m_updated->setObjectName(QStringLiteral("statsUpdated"));
    header->addWidget(m_updated);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("statsPeriod"));
    m_period->addItem(tr("Last 24 hours"), 24);
    m_period->addItem(tr("Last 7 days"), 24 * 7);
    header->addWidget(m_period);
    layout->addLayout(header);

    auto *figures = new QGridLayout;
    layout->addLayout(figures);
    const auto figure = [this, figures](const char *name, const QString &label, int row, int column) {
        auto *box = new QFrame(this);
        box->setFrameShape(QFrame::StyledPanel);
        auto *boxLayout = new QVBoxLayout(box);
        auto *value = new QLabel(QStringLiteral("—"), box);
        value->setObjectName(QLatin1String(name));
        value->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: bold;"));
        boxLayout->addWidget(value);
        boxLayout->addWidget(new QLabel(label, box));
        figures->addWidget(box, row, column);
        m_figures.insert(QLatin1String(name), value);
    };
    figure("statMessagesIn", tr("messages received"), 0, 0);
    figure("statMessagesOut", tr("replies sent"), 0, 1);
    figure("statReplyMedian", tr("median reply time"), 0, 2);
    figure("statReplyP90", tr("reply time, 9 in 10 under"), 0, 3);
    figure("statAssistantShare", tr("answered by the assistant"), 1, 0);
    figure("statHandoffsWaiting", tr("waiting for a person"), 1, 1);
    figure("statLlmCalls", tr("AI calls"), 1, 2);
    figure("statTokens", tr("AI tokens (in / out)"), 1, 3);

    auto *charts = new QHBoxLayout;
    m_volumeChart = new QChart;
    m_volumeChart->setTitle(tr("Messages per hour"));
    auto *volumeView = new QChartView(m_volumeChart, this);
    volumeView->setObjectName(QStringLiteral("volumeChart"));
    volumeView->setRenderHint(QPainter::Antialiasing);
    charts->addWidget(volumeView, 3);
    m_shareChart = new QChart;
    m_shareChart->setTitle(tr("Who answered"));
    auto *shareView = new QChartView(m_shareChart, this);
    shareView->setObjectName(QStringLiteral("shareChart"));
    shareView->setRenderHint(QPainter::Antialiasing);
    charts->addWidget(shareView, 2);
    layout->addLayout(charts, 1);

    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &DashboardPage::refresh);
    m_timer.start();
    m_soon.setSingleShot(true);
    m_soon.setInterval(kEventDelayMs);
    connect(&m_soon, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(client, &ConsoleClient::eventReceived, this, &DashboardPage::onEvent);
    refresh();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void DashboardPage::onEvent(const live::LiveEvent &event)
{
    using live::EventKind;
    switch (event.kind) {
    case EventKind::MessageReceived:
    case EventKind::MessageQueued:
    case EventKind::MessageSent:
    case EventKind::OwnerChanged:
    case EventKind::HandoffRequested:
        if (!m_soon.isActive())
            m_soon.start();
        break;
    default: break;
    }
}

void DashboardPage::refresh()
{
    if (m_loading)
        return; // one request at a time; the timer or the next event asks again
    m_loading = true;
    const int hours = m_period->currentData().toInt();
    m_client->get(QStringLiteral("/api/v1/stats?hours=%1").arg(hours), this, [this](const ApiReply &reply) {
        m_loading = false;
        if (!reply.ok()) {
            m_updated->setText(tr("Figures unavailable: %1").arg(reply.errorMessage));
            return;
        }
        show(reply.json);
    });
}

QString DashboardPage::duration(const QJsonValue &ms)
{
    if (ms.isNull() || ms.isUndefined())
        return QStringLiteral("—");
    const double seconds = ms.toDouble() / 1000.0;
    if (seconds < 60)
        return tr("%1 s").arg(QLocale().toString(seconds, 'f', seconds < 10 ? 1 : 0));
    if (seconds < 3600)
        return tr("%1 min").arg(QLocale().toString(seconds / 60, 'f', 1));
    return tr("%1 h").arg(QLocale().toString(seconds / 3600, 'f', 1));
}

void DashboardPage::show(const QJsonObject &stats)
{
    const QLocale locale;
    m_figures.value(QStringLiteral("statMessagesIn"))->setText(locale.toString(stats.value(u"messages_in").toInt()));
    m_figures.value(QStringLiteral("statMessagesOut"))->setText(locale.toString(stats.value(u"messages_out").toInt()));
    const QJsonObject reply = stats.value(u"reply_time_ms").toObject();
    m_figures.value(QStringLiteral("statReplyMedian"))->setText(duration(reply.value(u"median")));
    m_figures.value(QStringLiteral("statReplyP90"))->setText(duration(reply.value(u"p90")));
    const QJsonValue share = stats.value(u"answered").toObject().value(u"assistant_share");
    m_figures.value(QStringLiteral("statAssistantShare"))
        ->setText(share.isNull() ? QStringLiteral("—") : tr("%1 %").arg(qRound(share.toDouble() * 100)));
    m_figures.value(QStringLiteral("statHandoffsWaiting"))
        ->setText(locale.toString(stats.value(u"handoffs_waiting").toInt()));
    const QJsonObject llm = stats.value(u"llm").toObject();
    m_figures.value(QStringLiteral("statLlmCalls"))->setText(locale.toString(llm.value(u"calls").toInt()));
    m_figures.value(QStringLiteral("statTokens"))
        ->setText(QStringLiteral("%1 / %2").arg(locale.toString(llm.value(u"input_tokens").toInteger()),
                                                locale.toString(llm.value(u"output_tokens").toInteger())));
    m_updated->setText(tr("Updated at %1").arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
    showVolumes(stats);
    showShares(stats);
}

void DashboardPage::showVolumes(const QJsonObject &stats)
{
    m_volumeChart->removeAllSeries();
    for (QAbstractAxis *axis : m_volumeChart->axes())
        m_volumeChart->removeAxis(axis);
    const QJsonArray hours = stats.value(u"hours").toArray();
    // Lines over a time axis: 24 (or 168) bars leave no room for readable hour labels.
    auto *received = new QLineSeries;
    received->setName(tr("received"));
    received->setColor(QColor(0x2a, 0x7a, 0xb0));
    auto *sent = new QLineSeries;
    sent->setName(tr("sent"));
    sent->setColor(QColor(0x5a, 0xa0, 0x5a));
    int highest = 4;
    for (const QJsonValue &value : hours) {
        const QJsonObject hour = value.toObject();
        const auto at = double(hour.value(u"start").toInteger());
        received->append(at, hour.value(u"in").toInt());
        sent->append(at, hour.value(u"out").toInt());
        highest = std::max({highest, hour.value(u"in").toInt(), hour.value(u"out").toInt()});
    }
    m_volumeChart->addSeries(received);
    m_volumeChart->addSeries(sent);
    auto *x = new QDateTimeAxis;
    x->setFormat(hours.size() > 48 ? QStringLiteral("dd/MM") : QStringLiteral("HH:mm"));
    x->setTickCount(hours.size() > 48 ? 8 : 7);
    if (!hours.isEmpty())
        x->setRange(QDateTime::fromMSecsSinceEpoch(hours.first().toObject().value(u"start").toInteger()),
                    QDateTime::fromMSecsSinceEpoch(hours.last().toObject().value(u"start").toInteger() +
                                                   3'600'000)); // whole hours between the ticks
    m_volumeChart->addAxis(x, Qt::AlignBottom);
    received->attachAxis(x);
    sent->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, highest);
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    m_volumeChart->addAxis(y, Qt::AlignLeft);
    received->attachAxis(y);
    sent->attachAxis(y);
    m_volumeChart->legend()->setAlignment(Qt::AlignBottom);
}

void DashboardPage::showShares(const QJsonObject &stats)
{
    m_shareChart->removeAllSeries();
    const QJsonObject answered = stats.value(u"answered").toObject();
    auto *series = new QPieSeries;
    const int assistant = answered.value(u"assistant").toInt();
    const int people = answered.value(u"people").toInt();
    const int waiting = answered.value(u"unanswered").toInt();
    if (assistant > 0)
        series->append(tr("assistant (%1)").arg(assistant), assistant)->setColor(QColor(0x2a, 0x7a, 0xb0));
    if (people > 0)
        series->append(tr("people (%1)").arg(people), people)->setColor(QColor(0xe0, 0x8a, 0x1e));
    if (waiting > 0)
        series->append(tr("not yet answered (%1)").arg(waiting), waiting)->setColor(QColor(0xb0, 0x00, 0x20));
    if (series->count() == 0) // an empty day: a grey disc rather than a full coloured one
        series->append(tr("no message yet"), 1)->setColor(QColor(0xdd, 0xdd, 0xdd));
    // Named in a legend under the disc: labels beside thin slices were cut short ("sans réponse pour l'…").
    series->setLabelsVisible(false);
    series->setPieSize(0.75);
    m_shareChart->addSeries(series);
    m_shareChart->legend()->setVisible(true);
    m_shareChart->legend()->setAlignment(Qt::AlignBottom);
}

} // namespace concierge::ui

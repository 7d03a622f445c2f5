#include "panels/HealthPanel.h"

#include "client/ConsoleClient.h"

#include <QLabel>
#include <QVBoxLayout>

namespace concierge::ui {

HealthPanel::HealthPanel(ConsoleClient *client, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    m_overall = new QLabel(tr("Health: checking…"), this);
    m_overall->setObjectName(QStringLiteral("overallHealth"));
    m_components = new QLabel(this);
    m_components->setObjectName(QStringLiteral("componentHealth"));
    layout->addWidget(m_overall);
    layout->addWidget(m_components);
    connect(client, &ConsoleClient::healthChanged, this, &HealthPanel::showHealth);
    connect(client, &ConsoleClient::healthUnavailable, this, &HealthPanel::showUnreachable);
}

void HealthPanel::showUnreachable(const QString &reason)
{
    m_overall->setText(tr("Health: <b style='color:#b00020'>server unreachable</b> (%1)").arg(reason.toHtmlEscaped()));
}

void HealthPanel::showHealth(const QJsonObject &health)
{
    QString status = health.value(QLatin1String("status")).toString();
    const QJsonObject waha =
        health.value(QLatin1String("components")).toObject().value(QLatin1String("waha")).toObject();
    // Without WAHA nothing reaches the parents: "ok" for the server, but not green for the staff.
    if (status == QLatin1String("ok") &&
        waha.value(QLatin1String("status")).toString() == QLatin1String("not_configured"))
        status = QStringLiteral("degraded");
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

// The states of /health (ours) and of the WAHA session (WAHA's words), in the supervisor's words.
QString HealthPanel::describeState(const QString &state) const
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

} // namespace concierge::ui

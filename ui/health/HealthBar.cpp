#include "health/HealthBar.h"

#include "client/ConsoleClient.h"
#include "health/QrCodeDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace concierge::ui {

namespace {

struct ChipState
{
    HealthBar::Level level = HealthBar::Level::Warning;
    QString state;   // in the staff's words
    QString tooltip; // what it means and what to do
};

ChipState wahaState(const QJsonObject &waha)
{
    const QString status = waha.value(QLatin1String("status")).toString();
    const QString session = waha.value(QLatin1String("session")).toString();
    using L = HealthBar::Level;
    if (status == QLatin1String("WORKING"))
        return {L::Ok, HealthBar::tr("connected"), HealthBar::tr("WhatsApp session '%1' is connected.").arg(session)};
    if (status == QLatin1String("not_configured"))
        return {L::Warning, HealthBar::tr("not configured"),
                HealthBar::tr("WAHA is not configured: replies wait in the outbox. Set the WAHA address in "
                              "Tools > Settings.")};
    if (status == QLatin1String("SCAN_QR_CODE"))
        return {L::Warning, HealthBar::tr("scan the QR code"),
                HealthBar::tr("WhatsApp waits for the parish's phone to scan the QR code.")};
    if (status == QLatin1String("STARTING") || status == QLatin1String("unknown"))
        return {L::Warning, HealthBar::tr("starting"), HealthBar::tr("The WhatsApp session is starting.")};
    if (status == QLatin1String("unreachable"))
        return {L::Down, HealthBar::tr("unreachable"),
                HealthBar::tr("WAHA does not answer: %1").arg(waha.value(QLatin1String("error")).toString())};
    return {L::Down, HealthBar::tr("stopped"),
            HealthBar::tr("The WhatsApp session is %1: restart it in WAHA.").arg(status)};
}

ChipState llmState(const QJsonObject &llm)
{
    if (llm.value(QLatin1String("status")).toString() == QLatin1String("configured"))
        return {HealthBar::Level::Ok, llm.value(QLatin1String("model")).toString(),
                HealthBar::tr("The AI model %1 writes the answers.").arg(llm.value(QLatin1String("model")).toString())};
    return {HealthBar::Level::Warning, HealthBar::tr("not configured"),
            HealthBar::tr("No AI model: the offline router answers from keywords and the FAQ.")};
}

// The store the server uses, in the staff's words: "SQLite", "PostgreSQL", "Redis", "in memory".
QString backendLabel(const QString &backend)
{
    if (backend == QLatin1String("sqlite"))
        return QStringLiteral("SQLite");
    if (backend == QLatin1String("postgresql"))
        return QStringLiteral("PostgreSQL");
    if (backend == QLatin1String("redis"))
        return QStringLiteral("Redis");
    if (backend == QLatin1String("memory"))
        return HealthBar::tr("in memory");
    return backend;
}

ChipState storeState(const QJsonObject &component, bool cache)
{
    const QString status = component.value(QLatin1String("status")).toString();
    const QString backend = backendLabel(component.value(QLatin1String("backend")).toString());
    if (status == QLatin1String("ok"))
        return {HealthBar::Level::Ok, backend, HealthBar::tr("Working (%1).").arg(backend)};
    if (cache)
        return {HealthBar::Level::Warning, HealthBar::tr("degraded"),
                HealthBar::tr("The cache is unavailable; the server works without it, more slowly.")};
    return {HealthBar::Level::Down, HealthBar::tr("down"),
            HealthBar::tr("The database does not answer: messages cannot be recorded.")};
}

QString colour(HealthBar::Level level)
{
    switch (level) {
    case HealthBar::Level::Ok: return QStringLiteral("#1b7f3b");
    case HealthBar::Level::Warning: return QStringLiteral("#b36b00");
    case HealthBar::Level::Down: break;
    }
    return QStringLiteral("#b00020");
}

} // namespace

HealthBar::HealthBar(ConsoleClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("healthBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    for (const char *name : {"waha", "llm", "database", "cache"}) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("healthChip_") + QLatin1String(name));
        label->setTextFormat(Qt::RichText);
        m_chips.insert(QLatin1String(name), label);
        layout->addWidget(label);
    }
    m_qrButton = new QPushButton(tr("Show the WhatsApp QR code…"), this);
    m_qrButton->setObjectName(QStringLiteral("showQrButton"));
    m_qrButton->setVisible(false);
    layout->addWidget(m_qrButton);
    layout->addStretch(1);
    connect(m_qrButton, &QPushButton::clicked, this, &HealthBar::showQrCode);
    connect(client, &ConsoleClient::healthChanged, this, &HealthBar::showHealth);
    connect(client, &ConsoleClient::healthUnavailable, this, &HealthBar::showUnreachable);
    showUnreachable(tr("checking…"));
}

QLabel *HealthBar::chip(const QString &component) const
{
    return m_chips.value(component);
}

QString HealthBar::levelName(Level level)
{
    switch (level) {
    case Level::Ok: return QStringLiteral("ok");
    case Level::Warning: return QStringLiteral("warning");
    case Level::Down: break;
    }
    return QStringLiteral("down");
}

void HealthBar::setChip(const QString &component, const QString &title, Level level, const QString &state,
                        const QString &tooltip)
{
    QLabel *label = m_chips.value(component);
    label->setProperty("level", levelName(level));
    label->setText(QStringLiteral("<span style='color:%1'>&#9679;</span> <b>%2</b> %3")
                       .arg(colour(level), title.toHtmlEscaped(), state.toHtmlEscaped()));
    label->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid %1; border-radius: 9px; padding: 2px 8px; }").arg(colour(level)));
    label->setToolTip(tooltip);
}

void HealthBar::showHealth(const QJsonObject &health)
{
    const QJsonObject components = health.value(QLatin1String("components")).toObject();
    const auto component = [&components](const char *name) { return components.value(QLatin1String(name)).toObject(); };
    const ChipState waha = wahaState(component("waha"));
    setChip(QStringLiteral("waha"), tr("WhatsApp"), waha.level, waha.state, waha.tooltip);
    const ChipState llm = llmState(component("llm"));
    setChip(QStringLiteral("llm"), tr("AI"), llm.level, llm.state, llm.tooltip);
    const ChipState db = storeState(component("database"), false);
    setChip(QStringLiteral("database"), tr("Database"), db.level, db.state, db.tooltip);
    const ChipState cache = storeState(component("cache"), true);
    setChip(QStringLiteral("cache"), tr("Cache"), cache.level, cache.state, cache.tooltip);
    const QString session = component("waha").value(QLatin1String("status")).toString();
    m_qrButton->setVisible(session == QLatin1String("SCAN_QR_CODE"));
    if (session == QLatin1String("WORKING") && m_qrDialog)
        m_qrDialog->sessionConnected();
}

void HealthBar::showUnreachable(const QString &reason)
{
    setChip(QStringLiteral("waha"), tr("WhatsApp"), Level::Warning, reason, reason);
    setChip(QStringLiteral("llm"), tr("AI"), Level::Warning, {}, reason);
    setChip(QStringLiteral("database"), tr("Database"), Level::Warning, {}, reason);
    setChip(QStringLiteral("cache"), tr("Cache"), Level::Warning, {}, reason);
}

void HealthBar::showQrCode()
{
    if (!m_qrDialog) {
        m_qrDialog = new QrCodeDialog(m_client, window());
        m_qrDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_qrDialog->show();
    m_qrDialog->raise();
}

} // namespace concierge::ui

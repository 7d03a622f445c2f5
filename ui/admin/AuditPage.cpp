#include "admin/AuditPage.h"

#include "client/ConsoleClient.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace concierge::ui {

namespace {

constexpr int kShown = 500; // the API's most

} // namespace

AuditPage::AuditPage(ConsoleClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("auditPage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Audit log</b> — parent codes checked, children's data shown, certificates, and "
                                "the changes made from the console. Newest first."),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *bar = new QHBoxLayout;
    m_chat = new QLineEdit(this);
    m_chat->setObjectName(QStringLiteral("auditChat"));
    m_chat->setPlaceholderText(tr("Only this conversation (e.g. 221771234567@c.us)"));
    m_chat->setClearButtonEnabled(true);
    bar->addWidget(m_chat, 1);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("auditRefresh"));
    bar->addWidget(refresh);
    layout->addLayout(bar);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Conversation"), tr("Details")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    m_count = new QLabel(this);
    layout->addWidget(m_count);
    connect(refresh, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_chat, &QLineEdit::returnPressed, this, &AuditPage::reload);
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // what happened since it was last looked at
}

QString AuditPage::describeAction(const QString &action)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("code_checked"), QT_TR_NOOP("Parent code verified")},
        {QStringLiteral("code_wrong"), QT_TR_NOOP("Wrong parent code")},
        {QStringLiteral("lockout"), QT_TR_NOOP("Code checks locked")},
        {QStringLiteral("disclosure"), QT_TR_NOOP("Child's data shown")},
        {QStringLiteral("certificate_issued"), QT_TR_NOOP("Certificate issued")},
        {QStringLiteral("certificate_refused"), QT_TR_NOOP("Certificate refused")},
        {QStringLiteral("certificate_requested"), QT_TR_NOOP("Certificate left to the office")},
        {QStringLiteral("service_changed"), QT_TR_NOOP("Service changed")},
        {QStringLiteral("faq_added"), QT_TR_NOOP("Knowledge base entry added")},
        {QStringLiteral("faq_changed"), QT_TR_NOOP("Knowledge base entry changed")},
        {QStringLiteral("faq_deleted"), QT_TR_NOOP("Knowledge base entry deleted")},
        {QStringLiteral("registry_viewed"), QT_TR_NOOP("Registry viewed")},
        {QStringLiteral("registry_imported"), QT_TR_NOOP("CSV file imported")},
    };
    const auto it = names.constFind(action);
    return it == names.constEnd() ? action : tr(it.value());
}

void AuditPage::reload()
{
    QString path = QStringLiteral("/api/v1/audit?limit=%1").arg(kShown);
    const QString chat = m_chat->text().trimmed();
    if (!chat.isEmpty())
        path += QStringLiteral("&chat_id=") + QString::fromUtf8(QUrl::toPercentEncoding(chat));
    m_client->get(path, this, [this](const ApiReply &reply) {
        if (!reply.ok()) {
            m_count->setText(tr("Could not load the audit log: %1").arg(reply.errorMessage));
            return;
        }
        const QJsonArray entries = reply.items(QStringLiteral("entries"));
        m_table->setRowCount(int(entries.size()));
        for (int row = 0; row < entries.size(); ++row) {
            const QJsonObject e = entries.at(row).toObject();
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(e.value(u"at_ms").toInteger());
            const QStringList cells{QLocale().toString(at, QLocale::ShortFormat), e.value(u"actor").toString(),
                                    describeAction(e.value(u"action").toString()), e.value(u"chat_id").toString(),
                                    e.value(u"detail").toString()};
            for (int c = 0; c < cells.size(); ++c)
                m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
            m_table->item(row, 2)->setData(Qt::UserRole, e.value(u"action").toString());
        }
        m_count->setText(entries.size() >= kShown ? tr("The newest %1 entries").arg(kShown)
                                                  : tr("%n entry(ies)", nullptr, int(entries.size())));
    });
}

} // namespace concierge::ui

#include "admin/CsvImport.h"

#include "client/ConsoleClient.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace concierge::ui {

namespace {

constexpr qint64 kMaxFileBytes = 1000 * 1000; // the server takes 1 MiB bodies

} // namespace

CsvImport::CsvImport(ConsoleClient *client, QWidget *parent)
    : QObject(parent)
    , m_client(client)
    , m_parent(parent)
{
}

void CsvImport::chooseAndImport(const QString &kind)
{
    auto *dialog =
        new QFileDialog(m_parent, tr("Import a CSV file"), QString(), tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, kind](const QString &path) { importFile(kind, path); });
    dialog->open();
}

void CsvImport::importFile(const QString &kind, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes) {
        QMessageBox::warning(
            m_parent, tr("Import"),
            file.size() > kMaxFileBytes
                ? tr("%1 is larger than 1 MB: split it into smaller files.").arg(path)
                : tr("Cannot read %1: %2. Check the file and try again.").arg(path, file.errorString()));
        return;
    }
    const QByteArray csv = file.readAll();
    const QString name = QFileInfo(path).fileName();
    m_client->send("POST", QStringLiteral("/api/v1/registry/import/") + kind, csv, "text/csv", this,
                   [this, kind, name](const ApiReply &reply) {
                       if (!reply.ok()) {
                           QMessageBox::warning(m_parent, tr("Import"),
                                                tr("%1 was not imported: %2\nNothing was changed. Fix the file (UTF-8 "
                                                   "CSV with the expected columns) and import it again.")
                                                    .arg(name, reply.errorMessage));
                           return;
                       }
                       showReport(kind, name, reply.json);
                       emit imported(kind, reply.json.value(u"accepted").toInt());
                   });
}

void CsvImport::showReport(const QString &kind, const QString &file, const QJsonObject &report)
{
    auto *dialog = new QDialog(m_parent);
    dialog->setObjectName(QStringLiteral("importReport"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Import report"));
    dialog->resize(620, 400);
    auto *layout = new QVBoxLayout(dialog);
    const int accepted = report.value(u"accepted").toInt();
    const int rejected = report.value(u"rejected").toInt();
    auto *summary = new QLabel(tr("%1 (%2): %n row(s) imported", nullptr, accepted).arg(file, kind) +
                                   QStringLiteral("; ") + tr("%n row(s) rejected", nullptr, rejected),
                               dialog);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    const QJsonArray errors = report.value(u"errors").toArray();
    auto *table = new QTableWidget(int(errors.size()), 2, dialog);
    table->setObjectName(QStringLiteral("importErrors"));
    table->setHorizontalHeaderLabels({tr("Line"), tr("Why it was rejected")});
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < errors.size(); ++i) {
        const QJsonObject e = errors.at(i).toObject();
        table->setItem(i, 0, new QTableWidgetItem(QString::number(e.value(u"line").toInt())));
        table->setItem(i, 1, new QTableWidgetItem(e.value(u"message").toString()));
    }
    table->setVisible(!errors.isEmpty());
    layout->addWidget(table, 1);
    if (!errors.isEmpty())
        layout->addWidget(
            new QLabel(tr("The rejected lines changed nothing: correct them and import the file again."), dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::accept);
    layout->addWidget(buttons);
    dialog->open();
}

} // namespace concierge::ui

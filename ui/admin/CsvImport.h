#pragma once

#include <QDialog>
#include <QJsonObject>

namespace concierge::ui {

class ConsoleClient;

// Picks a CSV file, sends it to POST /api/v1/registry/import/{kind} and shows the report: how many rows were accepted
// and rejected, and each rejected line with its reason. `finished(accepted)` lets the page reload its table.
class CsvImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImport)

public:
    CsvImport(ConsoleClient *client, QWidget *parent);
    // Opens the file dialog (non-blocking); the upload follows the choice.
    void chooseAndImport(const QString &kind);
    // The upload and the report, for a file already chosen.
    void importFile(const QString &kind, const QString &path);

signals:
    void imported(const QString &kind, int accepted);

private:
    void showReport(const QString &kind, const QString &file, const QJsonObject &report);

    ConsoleClient *m_client;
    QWidget *m_parent;
};

} // namespace concierge::ui

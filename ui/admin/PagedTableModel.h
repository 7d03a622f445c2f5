#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace concierge::ui {

class ConsoleClient;

// A table fed a page at a time from one of the console lists ({"items":[...],"total"}, ?q=&limit=&offset=): the
// view asks for more rows as it scrolls (fetchMore), so a long registry never loads at once.
class PagedTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)

public:
    struct Column
    {
        QString header;
        std::function<QString(const QJsonObject &)> text;
    };

    static constexpr int kPageSize = 100;

    PagedTableModel(ConsoleClient *client, QString path, QList<Column> columns, QObject *parent = nullptr);

    // Starts again from the first page with these query items (q, parent_code, ...).
    void reload(const QList<std::pair<QString, QString>> &query = {});
    QJsonObject row(int index) const { return m_rows.value(index); }
    int total() const { return m_total; }
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // A column showing one field of the row.
    static Column field(const QString &header, const QString &key);

signals:
    void loaded(int total);
    void failed(const QString &message);

private:
    void fetch();

    ConsoleClient *m_client;
    QString m_path;
    QList<Column> m_columns;
    QList<std::pair<QString, QString>> m_query;
    QList<QJsonObject> m_rows;
    int m_total = 0;
    int m_generation = 0; // answers for an older reload are dropped
    bool m_loading = false;
};

} // namespace concierge::ui

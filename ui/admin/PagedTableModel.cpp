#include "admin/PagedTableModel.h"

#include "client/ConsoleClient.h"

#include <QJsonArray>
#include <QUrl>

namespace concierge::ui {

PagedTableModel::PagedTableModel(ConsoleClient *client, QString path, QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_path(std::move(path))
    , m_columns(std::move(columns))
{
}

PagedTableModel::Column PagedTableModel::field(const QString &header, const QString &key)
{
    return {header, [key](const QJsonObject &row) {
                const QJsonValue value = row.value(key);
                return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
            }};
}

void PagedTableModel::reload(const QList<std::pair<QString, QString>> &query)
{
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_total = 0;
    ++m_generation;
    m_loading = false;
    endResetModel();
    fetch();
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PagedTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const QString text = m_columns.at(index.column()).text(m_rows.at(index.row()));
        return role == Qt::DisplayRole ? QString(text).replace(u'\n', u' ') : QVariant(text);
    }
    return {};
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
        return m_columns.at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && m_rows.size() < m_total;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetch();
}

void PagedTableModel::fetch()
{
    QStringList query;
    for (const auto &[name, value] : m_query) {
        if (!value.isEmpty())
            query.append(name + u'=' + QString::fromUtf8(QUrl::toPercentEncoding(value)));
    }
    query.append(QStringLiteral("limit=%1").arg(kPageSize));
    query.append(QStringLiteral("offset=%1").arg(m_rows.size()));
    m_loading = true;
    const int generation = m_generation;
    m_client->get(m_path + u'?' + query.join(u'&'), this, [this, generation](const ApiReply &reply) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!reply.ok()) {
            emit failed(reply.errorMessage);
            return;
        }
        const QJsonArray items = reply.items();
        m_total = reply.json.value(QLatin1String("total")).toInt();
        if (!items.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + items.size() - 1));
            for (const QJsonValue &item : items)
                m_rows.append(item.toObject());
            endInsertRows();
        } else {
            m_total = int(m_rows.size()); // nothing more to ask for
        }
        emit loaded(m_total);
    });
}

} // namespace concierge::ui

#pragma once

#include "http/HttpTypes.h"

#include <QUrlQuery>

#include <optional>

namespace concierge::api {

// ?q=&limit=&offset= of the console's lists (FAQ, registry): limit 1..kMaxLimit (default kDefaultLimit), offset >= 0.
struct PageQuery
{
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 200;

    QUrlQuery query;
    QString search;
    int limit = kDefaultLimit;
    int offset = 0;

    QString value(const QString &name) const { return query.queryItemValue(name, QUrl::FullyDecoded).trimmed(); }
    // Or a 400 invalid_query already answered (nullopt).
    static std::optional<PageQuery> parse(const http::HttpRequest &request, const http::Responder &respond);
};

} // namespace concierge::api

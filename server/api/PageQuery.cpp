#include "api/PageQuery.h"

#include "api/ApiErrors.h"

namespace concierge::api {

std::optional<PageQuery> PageQuery::parse(const http::HttpRequest &request, const http::Responder &respond)
{
    PageQuery page;
    // '+' is a space in a query string; QUrlQuery leaves it as is.
    page.query = QUrlQuery(QString::fromUtf8(QByteArray(request.query).replace('+', ' ')));
    page.search = page.value(QStringLiteral("q"));
    bool limitOk = true;
    bool offsetOk = true;
    const QString limit = page.value(QStringLiteral("limit"));
    const QString offset = page.value(QStringLiteral("offset"));
    if (!limit.isEmpty())
        page.limit = limit.toInt(&limitOk);
    if (!offset.isEmpty())
        page.offset = offset.toInt(&offsetOk);
    if (!limitOk || !offsetOk || page.limit < 1 || page.offset < 0) {
        respond(apiError(QStringLiteral("invalid_query"),
                         QStringLiteral("limit: 1 to %1; offset: 0 or more").arg(kMaxLimit)));
        return std::nullopt;
    }
    page.limit = qMin(page.limit, kMaxLimit);
    return page;
}

} // namespace concierge::api

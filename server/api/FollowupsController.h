#pragma once

#include "http/Router.h"

#include <QObject>

namespace concierge::api {

struct ServerContext;

// Call-back tasks opened when nobody claimed a waiting conversation in time (Bearer, any role):
//   GET  /api/v1/followups[?all=true]   open ones first by due date (all: the done ones too)
//   POST /api/v1/followups/{id}/done    404 followup_not_found
class FollowupsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowupsController)

public:
    explicit FollowupsController(ServerContext &context, QObject *parent = nullptr);
    void registerRoutes(http::Router &router);

private:
    void list(const http::HttpRequest &request, const http::Responder &respond);
    void done(const QString &id, const QString &agent, const http::Responder &respond);

    ServerContext &m_ctx;
};

} // namespace concierge::api

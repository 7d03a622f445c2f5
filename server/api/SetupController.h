#pragma once

#include "http/Router.h"
#include "ops/FirstRun.h"

#include <QObject>

#include <functional>

namespace concierge::ops {
class SettingsEditor;
}

namespace concierge::api {

struct ServerContext;

// The console's first-run assistant (Bearer, admin): GET /api/v1/setup says whether it is still to be done and what
// to show (webhook URLs, token, admin account); POST /api/v1/setup/complete ends it for good.
class SetupController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupController)

public:
    SetupController(ServerContext &context, const ops::SettingsEditor *editor, std::function<quint16()> port,
                    QObject *parent = nullptr);
    void registerRoutes(http::Router &router);

private:
    void describe(const http::HttpRequest &request, http::Responder respond);
    void complete(const http::HttpRequest &request, http::Responder respond);

    ServerContext &m_ctx;
    const ops::SettingsEditor *m_editor;
    std::function<quint16()> m_port;
    ops::FirstRun m_firstRun;
};

} // namespace concierge::api
